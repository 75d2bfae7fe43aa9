import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createHetuVault, maskHetu, resolveHetuKey } from "./hetu-vault";

describe("hetu vault", () => {
  const vault = createHetuVault(randomBytes(32).toString("base64"));
  it("encrypts with a fresh IV each time and decrypts back", () => {
    const a = vault.encrypt("010101A999X");
    const b = vault.encrypt("010101A999X");
    expect(a.equals(b)).toBe(false);
    expect(vault.decrypt(a)).toBe("010101A999X");
    expect(a.toString("latin1")).not.toContain("010101");
  });
  it("hashes equal codes equally, case and spaces aside, and depends on the key", () => {
    expect(vault.hash(" 010101a999x ")).toBe(vault.hash("010101A999X"));
    expect(createHetuVault(randomBytes(32).toString("base64")).hash("010101A999X")).not.toBe(vault.hash("010101A999X"));
  });
  it("refuses a tampered ciphertext", () => {
    const c = vault.encrypt("010101A999X");
    c[c.length - 1] = (c[c.length - 1] ?? 0) ^ 1;
    expect(() => vault.decrypt(c)).toThrow();
  });
  it("masks to the birth-date part", () => {
    expect(maskHetu("010101A999X")).toBe("010101A***");
  });
  it("refuses to run in production without a key, and a key of the wrong size", () => {
    expect(() => createHetuVault(randomBytes(16).toString("base64"))).toThrow(/32 bytes/);
    expect(() => resolveHetuKey({ NODE_ENV: "production" })).toThrow(/VOUCHER_HETU_KEY/);
    expect(resolveHetuKey({ NODE_ENV: "production", VOUCHER_HETU_KEY: "a2V5" })).toBe("a2V5");
    expect(Buffer.from(resolveHetuKey({ NODE_ENV: "development" }), "base64")).toHaveLength(32);
  });
});

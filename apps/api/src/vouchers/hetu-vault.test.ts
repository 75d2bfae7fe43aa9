import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createHetuVault, generateHetuKey, isHetuKey, maskHetu } from "./hetu-vault";

const CODE = "010101A999X";

/** A ciphertext as it was written before key ids: `iv | tag | body`, the current format without its first 4 bytes. */
const withoutKeyId = (ciphertext: Buffer) => ciphertext.subarray(4);

describe("hetu vault", () => {
  const key = generateHetuKey();
  const vault = createHetuVault(key);
  it("encrypts with a fresh IV each time and decrypts back", () => {
    const a = vault.encrypt(CODE);
    const b = vault.encrypt(CODE);
    expect(a.equals(b)).toBe(false);
    expect(vault.decrypt(a)).toBe(CODE);
    expect(a.toString("latin1")).not.toContain("010101");
  });
  it("puts the key's id in front of each ciphertext; the id differs per key and says nothing of the code", () => {
    expect(vault.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(vault.encrypt(CODE).subarray(0, 4).toString("hex")).toBe(vault.keyId);
    expect(vault.encrypt("020202A999X").subarray(0, 4).toString("hex")).toBe(vault.keyId);
    expect(createHetuVault(generateHetuKey()).keyId).not.toBe(vault.keyId);
    expect(createHetuVault(key).keyId).toBe(vault.keyId);
  });
  it("hashes equal codes equally, case and spaces aside, and depends on the key", () => {
    expect(vault.hash(" 010101a999x ")).toBe(vault.hash(CODE));
    expect(createHetuVault(generateHetuKey()).hash(CODE)).not.toBe(vault.hash(CODE));
  });
  it("refuses a tampered ciphertext without saying more", () => {
    const c = vault.encrypt(CODE);
    c[c.length - 1] = (c[c.length - 1] ?? 0) ^ 1;
    expect(() => vault.decrypt(c)).toThrow(/could not be decrypted/);
  });
  it("during a rotation reads under the previous key too, writes and hashes under the new one", () => {
    const next = generateHetuKey();
    const old = vault.encrypt(CODE);
    const rotating = createHetuVault(next, key);
    expect(rotating.decrypt(old)).toBe(CODE);
    expect(rotating.encrypt(CODE).subarray(0, 4).toString("hex")).toBe(rotating.keyId);
    expect(rotating.previousKeyId).toBe(vault.keyId);
    expect(rotating.hashes(CODE)).toEqual([createHetuVault(next).hash(CODE), vault.hash(CODE)]);
    expect(() => createHetuVault(next).decrypt(old)).toThrow(/could not be decrypted/);
  });
  it("reads a code written before key ids, under either key", () => {
    const legacy = withoutKeyId(vault.encrypt(CODE));
    expect(vault.decrypt(legacy)).toBe(CODE);
    expect(createHetuVault(generateHetuKey(), key).decrypt(legacy)).toBe(CODE);
    expect(() => createHetuVault(generateHetuKey()).decrypt(legacy)).toThrow();
  });
  it("masks to the birth-date part", () => {
    expect(maskHetu(CODE)).toBe("010101A***");
  });
  it("takes only 32 bytes in base64, and never repeats the rejected value", () => {
    expect(isHetuKey(generateHetuKey())).toBe(true);
    for (const bad of [randomBytes(16).toString("base64"), randomBytes(32).toString("hex"), "a2V5", `${generateHetuKey()} `]) {
      expect(isHetuKey(bad)).toBe(false);
      expect(() => createHetuVault(bad)).toThrow(/VOUCHER_HETU_KEY is not a valid key: it must be 32 random bytes in base64/);
      try {
        createHetuVault(bad);
      } catch (error) {
        expect((error as Error).message).not.toContain(bad.trim());
      }
    }
    expect(() => createHetuVault(generateHetuKey(), "a2V5")).toThrow(/VOUCHER_HETU_KEY_PREVIOUS/);
  });
});

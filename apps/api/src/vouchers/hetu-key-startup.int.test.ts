import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoTemplate } from "../testing/demo-templates";
import { useTestRunHetuKey } from "../testing/hetu-test-key";
import { hetuKeyPath } from "./hetu-key-file";
import { HetuKeyRefusal, startHetuKeys } from "./hetu-key-startup";
import { createHetuVault, generateHetuKey, hetuVault } from "./hetu-vault";

let fresh: TestDatabase;
let seeded: TestDatabase;
let runKey: string;
const dirs: string[] = [];
const dataDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "reskontra-hetu-start-"));
  dirs.push(dir);
  return dir;
};

// Two hooks, each within the hook timeout on a busy machine: the first file of a run builds both templates.
beforeAll(async () => {
  runKey = await useTestRunHetuKey();
  fresh = await createTestDatabase();
});
beforeAll(async () => {
  seeded = await createTestDatabase(demoTemplate);
});
// Each start installs its keys in this process; the next test file expects the run's.
afterEach(() => useTestRunHetuKey());
afterAll(async () => {
  await fresh?.dispose();
  await seeded?.dispose();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("the identity-code key at start", () => {
  it("pnpm start on a fresh database makes a random key file (mode 600), says where, and reads it back next time", async () => {
    const dir = await dataDir();
    const first = await startHetuKeys({ env: {}, dataDir: dir, db: fresh.db, mayGenerate: true });
    const file = hetuKeyPath(dir);
    const key = (await readFile(file, "utf8")).trim();
    expect(first).toBe(`Identity codes: generated a new random key into ${file} (mode 600); keep it with the data`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(hetuVault().keyId).toBe(createHetuVault(key).keyId);
    const again = await startHetuKeys({ env: {}, dataDir: dir, db: fresh.db, mayGenerate: true });
    expect(again).toBe(`Identity codes: key from ${file}`);
    expect((await readFile(file, "utf8")).trim()).toBe(key);
    // Someone made it readable to others: narrowed again, and said.
    await chmod(file, 0o644);
    expect(await startHetuKeys({ env: {}, dataDir: dir, db: fresh.db, mayGenerate: true })).toContain("narrowed to 600");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("the api alone refuses without VOUCHER_HETU_KEY or a key file, and makes none", async () => {
    const dir = await dataDir();
    const start = startHetuKeys({ env: {}, dataDir: dir, db: fresh.db, mayGenerate: false });
    await expect(start).rejects.toThrow(HetuKeyRefusal);
    await expect(startHetuKeys({ env: {}, dataDir: dir, db: fresh.db, mayGenerate: false })).rejects.toThrow(
      /VOUCHER_HETU_KEY is not set and there is no key file .*voucher-hetu\.key/,
    );
    await expect(
      startHetuKeys({ env: { NODE_ENV: "production" }, dataDir: dir, db: fresh.db, mayGenerate: true }),
    ).rejects.toThrow(/never makes a key of its own/);
    await expect(stat(hetuKeyPath(dir))).rejects.toThrow();
    // With the key in the environment: nothing to say.
    expect(
      await startHetuKeys({ env: { VOUCHER_HETU_KEY: generateHetuKey() }, dataDir: dir, db: fresh.db, mayGenerate: false }),
    ).toBeNull();
  });

  it("refuses a malformed key without repeating it", async () => {
    const bad = "c2VjcmV0LWJ1dC10b28tc2hvcnQ=";
    const attempt = startHetuKeys({ env: { VOUCHER_HETU_KEY: bad }, dataDir: await dataDir(), db: fresh.db, mayGenerate: true });
    await expect(attempt).rejects.toThrow(/VOUCHER_HETU_KEY is not a valid key: it must be 32 random bytes in base64/);
    await attempt.catch((error: Error) => expect(error.message).not.toContain(bad));
  });

  it("never makes a key for a database that already holds codes, and refuses a key they are not under", async () => {
    const dir = await dataDir();
    await expect(startHetuKeys({ env: {}, dataDir: dir, db: seeded.db, mayGenerate: true })).rejects.toThrow(
      /The database holds \d+ identity codes but there is no key for them/,
    );
    await expect(stat(hetuKeyPath(dir))).rejects.toThrow();
    const wrong = generateHetuKey();
    await expect(
      startHetuKeys({ env: { VOUCHER_HETU_KEY: wrong }, dataDir: dir, db: seeded.db, mayGenerate: true }),
    ).rejects.toThrow(/stored identity codes are not under the configured key/);
    expect(await startHetuKeys({ env: { VOUCHER_HETU_KEY: runKey }, dataDir: dir, db: seeded.db, mayGenerate: true })).toBeNull();
    // During a rotation: the new key with the old one as previous starts, and says codes remain to move.
    const during = await startHetuKeys({
      env: { VOUCHER_HETU_KEY: wrong, VOUCHER_HETU_KEY_PREVIOUS: runKey },
      dataDir: dir,
      db: seeded.db,
      mayGenerate: true,
    });
    expect(during).toMatch(/^Identity codes: \d+ codes are still under the previous key; finish with `pnpm rotate-hetu-key`$/);
  });
});

import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type PreparedTestDatabase } from "@reskontra/db/testing";
import { queryRows, type Db } from "@reskontra/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeededDemo } from "../seed/seed-demo";
import { demoTemplate } from "../testing/demo-templates";
import { useTestRunHetuKey } from "../testing/hetu-test-key";
import { hetuKeyPath } from "./hetu-key-file";
import { HetuRotationRefusal, rotateHetuKey } from "./hetu-rotate";
import { runHetuRotation } from "./hetu-rotate-run";
import { createHetuVault, generateHetuKey, maskHetu } from "./hetu-vault";

const CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
/** A valid code in DVV's test range (individual numbers 900–999), different for each n < 100. */
function testCode(n: number): string {
  const date = `${String((n % 28) + 1).padStart(2, "0")}0${(n % 9) + 1}7${n % 10}`;
  const individual = String(900 + n).padStart(3, "0");
  return `${date}-${individual}${CHECK[Number(date + individual) % 31]}`;
}

const now = () => new Date("2026-11-23T10:00:00Z");
let database: PreparedTestDatabase<SeededDemo>;
let db: Db;
let runKey: string;
/** Every stored code by client id, as written: what each must still decrypt to after every rotation. */
const codes = new Map<string, string>();
let dataDir: string;

async function stored() {
  return queryRows<{ id: string; hetu_ciphertext: Uint8Array; hetu_hash: string }>(
    db,
    sql`SELECT id, hetu_ciphertext, hetu_hash FROM voucher_clients ORDER BY id`,
  );
}
const snapshot = async () =>
  JSON.stringify((await stored()).map((r) => [r.id, Buffer.from(r.hetu_ciphertext).toString("hex"), r.hetu_hash]));
const auditRows = () =>
  queryRows<{ before: unknown; after: unknown }>(
    db,
    sql`SELECT before, after FROM audit_log WHERE action = 'voucher.hetu_key.rotated' ORDER BY id`,
  );

/** Every code decrypts under `key` to what was written, is hashed under it, and does not open under `notKey`. */
async function expectAllUnder(key: string, notKey: string) {
  const vault = createHetuVault(key);
  const other = createHetuVault(notKey);
  const rows = await stored();
  expect(rows).toHaveLength(codes.size);
  for (const row of rows) {
    const ciphertext = Buffer.from(row.hetu_ciphertext);
    expect(ciphertext.subarray(0, 4).toString("hex")).toBe(vault.keyId);
    expect(vault.decrypt(ciphertext)).toBe(codes.get(row.id));
    expect(row.hetu_hash).toBe(vault.hash(codes.get(row.id) ?? ""));
    expect(() => other.decrypt(ciphertext)).toThrow();
  }
}

beforeAll(async () => {
  runKey = await useTestRunHetuKey();
  database = await createTestDatabase(demoTemplate);
  db = database.db;
  dataDir = await mkdtemp(path.join(os.tmpdir(), "reskontra-hetu-"));
  const vault = createHetuVault(runKey);
  for (const row of await stored()) codes.set(row.id, vault.decrypt(Buffer.from(row.hetu_ciphertext)));
  // Enough clients for several batches of 7, one of them in the format written before key ids.
  const organizationId = database.prepared.organizationIds.pirkanmaa;
  for (let n = 0; n < 20; n += 1) {
    const code = testCode(n);
    const ciphertext = n === 0 ? vault.encrypt(code).subarray(4) : vault.encrypt(code);
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO voucher_clients (organization_id, name, hetu_ciphertext, hetu_hash, hetu_masked)
          VALUES (${organizationId}, ${`Testi Asiakas ${n}`}, decode(${ciphertext.toString("hex")}, 'hex'), ${vault.hash(code)}, ${maskHetu(code)})
          RETURNING id`,
    );
    if (row) codes.set(row.id, code);
  }
});
afterAll(async () => {
  await database?.dispose();
  await rm(dataDir, { recursive: true, force: true });
  await useTestRunHetuKey();
});

describe("pnpm rotate-hetu-key", () => {
  const newKey = generateHetuKey();

  it("moves every stored code to the new key in batches, with one audit row of counts and no code or key in it", async () => {
    const result = await rotateHetuKey(db, { previous: runKey, next: newKey, now, batchSize: 7 });
    expect(result).toMatchObject({ reencrypted: codes.size, alreadyUnderNewKey: 0, batches: Math.ceil(codes.size / 7) });
    await expectAllUnder(newKey, runKey);
    const audits = await auditRows();
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toMatchObject({ keyId: createHetuVault(newKey).keyId, reencrypted: codes.size });
    const written = JSON.stringify(audits);
    for (const code of codes.values()) expect(written).not.toContain(code);
    expect(written).not.toContain(newKey);
    expect(written).not.toContain(runKey);
  });

  it("run again, changes nothing and writes no audit row", async () => {
    const before = await snapshot();
    const result = await rotateHetuKey(db, { previous: runKey, next: newKey, now, batchSize: 7 });
    expect(result).toMatchObject({ reencrypted: 0, alreadyUnderNewKey: codes.size, batches: 0 });
    expect(await snapshot()).toBe(before);
    expect(await auditRows()).toHaveLength(1);
  });

  it("refuses a previous key the codes are not under, and changes nothing", async () => {
    const before = await snapshot();
    const wrong = generateHetuKey();
    const attempt = rotateHetuKey(db, { previous: wrong, next: generateHetuKey(), now });
    await expect(attempt).rejects.toThrow(HetuRotationRefusal);
    await expect(rotateHetuKey(db, { previous: wrong, next: generateHetuKey(), now })).rejects.toThrow(
      /under neither the previous key .* VOUCHER_HETU_KEY_PREVIOUS is not the key they are stored under\. Nothing was changed/,
    );
    expect(await snapshot()).toBe(before);
    expect(await auditRows()).toHaveLength(1);
    await expect(runHetuRotation({ db, env: {}, dataDir, generate: false, now })).rejects.toThrow(/Both keys are needed/);
    await expect(
      runHetuRotation({
        db,
        env: { VOUCHER_HETU_KEY_PREVIOUS: newKey, VOUCHER_HETU_KEY: "not a key" },
        dataDir,
        generate: false,
        now,
      }),
    ).rejects.toThrow(/VOUCHER_HETU_KEY is not a valid key: it must be 32 random bytes in base64/);
  });

  it("--generate: a new random key from the key file's, the file replaced (mode 600), and a re-run after a crash finishes", async () => {
    const keyFile = hetuKeyPath(dataDir);
    await writeFile(keyFile, `${newKey}\n`, { mode: 0o600 });
    const first = await runHetuRotation({ db, env: {}, dataDir, generate: true, now, batchSize: 7 });
    const generated = (await readFile(keyFile, "utf8")).trim();
    expect(generated).not.toBe(newKey);
    expect(first).toMatchObject({ reencrypted: codes.size, keyFile });
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    await expectAllUnder(generated, newKey);

    // Killed after the codes moved but before the file swap: the pending key is reused, nothing moves twice.
    const pending = generateHetuKey();
    await writeFile(`${keyFile}.next`, `${pending}\n`, { mode: 0o600 });
    await rotateHetuKey(db, { previous: generated, next: pending, now });
    const resumed = await runHetuRotation({ db, env: {}, dataDir, generate: true, now });
    expect(resumed).toMatchObject({ reencrypted: 0, alreadyUnderNewKey: codes.size });
    expect((await readFile(keyFile, "utf8")).trim()).toBe(pending);
    await expect(stat(`${keyFile}.next`)).rejects.toThrow();
    await expectAllUnder(pending, generated);

    await expect(runHetuRotation({ db, env: { VOUCHER_HETU_KEY: pending }, dataDir, generate: true, now })).rejects.toThrow(
      /leave VOUCHER_HETU_KEY unset/,
    );
  });
});

import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@reskontra/db";
import type { HetuVault } from "./hetu-vault";

export interface StoredCodeCounts {
  total: number;
  /** Under the vault's current key. */
  current: number;
  /** Under the previous key, while a rotation is under way. */
  previous: number;
  /** Under neither by their key id: another key, or written before key ids. */
  other: number;
}

/** The first four bytes of a ciphertext name its key (hetu-vault.ts); compared as hex text, which both drivers pass alike. */
export const storedKeyId = sql`encode(substring(hetu_ciphertext from 1 for 4), 'hex')`;

/** How many identity codes are stored at all, under whatever key. */
export async function countAllCodes(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM voucher_clients`);
  return Number(row?.total ?? 0);
}

/** How many stored identity codes are under which key: one scan, no code decrypted. */
export async function countStoredCodes(db: DbOrTx, vault: HetuVault): Promise<StoredCodeCounts> {
  const [row] = await queryRows<{ total: number; current: number; previous: number }>(
    db,
    sql`SELECT count(*)::int AS total,
               count(*) FILTER (WHERE ${storedKeyId} = ${vault.keyId})::int AS current,
               count(*) FILTER (WHERE ${storedKeyId} = ${vault.previousKeyId ?? ""})::int AS previous
        FROM voucher_clients`,
  );
  const total = Number(row?.total ?? 0);
  const current = Number(row?.current ?? 0);
  const previous = Number(row?.previous ?? 0);
  return { total, current, previous, other: total - current - previous };
}

/** One stored code that its key id does not place under the vault's keys, or null when there is none. */
export async function sampleOtherCode(db: DbOrTx, vault: HetuVault): Promise<Buffer | null> {
  const [row] = await queryRows<{ hetu_ciphertext: Uint8Array }>(
    db,
    sql`SELECT hetu_ciphertext FROM voucher_clients
        WHERE ${storedKeyId} NOT IN (${vault.keyId}, ${vault.previousKeyId ?? ""}) LIMIT 1`,
  );
  return row ? Buffer.from(row.hetu_ciphertext) : null;
}

/** True when `ciphertext` opens under the vault's keys (the sample decides, so the code never leaves this function). */
export function opensUnder(vault: HetuVault, ciphertext: Buffer): boolean {
  try {
    vault.decrypt(ciphertext);
    return true;
  } catch {
    return false;
  }
}

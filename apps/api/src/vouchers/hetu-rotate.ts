import { sql } from "drizzle-orm";
import { isUniqueViolation, queryRows, writeAudit, type Db } from "@reskontra/db";
import { countStoredCodes, opensUnder, sampleOtherCode, storedKeyId } from "./hetu-key-store";
import { createHetuVault, type HetuVault } from "./hetu-vault";

/** A rotation that must not start (or go on): the command prints the message and exits with code 2. */
export class HetuRotationRefusal extends Error {}

export interface RotationResult {
  fromKeyId: string;
  toKeyId: string;
  /** Codes moved to the new key by this run. */
  reencrypted: number;
  /** Codes found already under the new key (a re-run after a crash, or written since). */
  alreadyUnderNewKey: number;
  batches: number;
}

export interface Rotation {
  /** The key the codes are under now (VOUCHER_HETU_KEY_PREVIOUS). */
  previous: string;
  /** The key to move them to (VOUCHER_HETU_KEY). */
  next: string;
  now: () => Date;
  batchSize?: number;
}

function vaultOf(key: string, name: string): HetuVault {
  try {
    return createHetuVault(key);
  } catch (error) {
    throw new HetuRotationRefusal((error as Error).message.replace("VOUCHER_HETU_KEY", name));
  }
}

/**
 * Re-encrypts and re-hashes every stored identity code from `previous` to `next`, in batches of one
 * transaction each, in id order. The key id in front of each ciphertext lets SQL pick only the rows
 * not yet under the new key, so a run killed half-way is simply run again. Refuses before changing
 * anything when the stored codes are not under `previous`. One audit row with the counts when
 * anything moved; no code and no key is ever written out.
 */
export async function rotateHetuKey(db: Db, rotation: Rotation): Promise<RotationResult> {
  const from = vaultOf(rotation.previous, "VOUCHER_HETU_KEY_PREVIOUS");
  const to = vaultOf(rotation.next, "VOUCHER_HETU_KEY");
  const batchSize = rotation.batchSize ?? 500;
  const both = createHetuVault(rotation.next, rotation.previous);

  const before = await countStoredCodes(db, both);
  if (before.other > 0) {
    // Under neither key id: codes written before key ids, which the previous key must open, or a wrong previous key.
    const sample = await sampleOtherCode(db, both);
    if (sample && !opensUnder(from, sample)) {
      throw new HetuRotationRefusal(
        `${before.other} of the ${before.total} stored identity codes are under neither the previous key (key id ${from.keyId}) ` +
          `nor the new one (${to.keyId}): VOUCHER_HETU_KEY_PREVIOUS is not the key they are stored under. Nothing was changed.`,
      );
    }
  }

  let reencrypted = 0;
  let batches = 0;
  let after: string | null = null;
  for (;;) {
    const moved: { count: number; lastId: string | null } = await db
      .transaction(async (tx) => {
        const rows = await queryRows<{ id: string; hetu_ciphertext: Uint8Array }>(
          tx,
          sql`SELECT id, hetu_ciphertext FROM voucher_clients
            WHERE ${storedKeyId} <> ${to.keyId} ${after ? sql`AND id > ${after}` : sql``}
            ORDER BY id LIMIT ${batchSize} FOR UPDATE`,
        );
        if (rows.length === 0) return { count: 0, lastId: null };
        const values = rows.map((row) => {
          let hetu: string;
          try {
            hetu = from.decrypt(Buffer.from(row.hetu_ciphertext));
          } catch {
            throw new HetuRotationRefusal(
              `A stored identity code (client ${row.id}) does not open under the previous key (key id ${from.keyId}). ` +
                `This batch was rolled back; the ${reencrypted} codes moved before it are under the new key, and a re-run with the right previous key continues.`,
            );
          }
          return sql`(${row.id}::uuid, decode(${to.encrypt(hetu).toString("hex")}, 'hex'), ${to.hash(hetu)})`;
        });
        // One statement per batch: the new ciphertexts and hashes joined in from a VALUES list.
        await tx.execute(sql`UPDATE voucher_clients c SET hetu_ciphertext = v.ciphertext, hetu_hash = v.hash
        FROM (VALUES ${sql.join(values, sql`, `)}) AS v(id, ciphertext, hash) WHERE c.id = v.id`);
        return { count: rows.length, lastId: rows[rows.length - 1]?.id ?? null };
      })
      .catch((error: unknown) => {
        // A client added twice while its first row was still under the old hash meets itself under the new one.
        if (!isUniqueViolation(error)) throw error;
        throw new HetuRotationRefusal(
          "Two clients of one organization hold the same identity code (one was added during the rotation under the other key's hash). " +
            `Merge them, then run the rotation again; the ${reencrypted} codes moved so far stay under the new key.`,
        );
      });
    if (moved.count === 0) break;
    reencrypted += moved.count;
    batches += 1;
    after = moved.lastId;
    if (moved.count < batchSize) break;
  }

  const result: RotationResult = {
    fromKeyId: from.keyId,
    toKeyId: to.keyId,
    reencrypted,
    alreadyUnderNewKey: before.current,
    batches,
  };
  if (reencrypted > 0) {
    await db.transaction(async (tx) => {
      await writeAudit(tx, {
        at: rotation.now(),
        actorUserId: null,
        organizationId: null,
        action: "voucher.hetu_key.rotated",
        entityType: "voucher_hetu_key",
        entityId: to.keyId,
        before: { keyId: from.keyId },
        after: { keyId: to.keyId, reencrypted, alreadyUnderNewKey: before.current, batches },
      });
    });
  }
  return result;
}

import { eq, sql } from "drizzle-orm";
import { queryRows, users, type DbOrTx } from "@reskontra/db";

/**
 * The next free 6-digit user number. The sequence never gives a number twice (not even after a
 * rollback), so a number once handed out is never reused; numbers set by hand are skipped.
 */
export async function nextUserNumber(tx: DbOrTx): Promise<string> {
  for (;;) {
    const [row] = await queryRows<{ n: string }>(tx, sql`select nextval('user_number_seq')::text as n`);
    const candidate = String(row?.n ?? "").padStart(6, "0");
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.userNumber, candidate));
    if (!taken) return candidate;
  }
}

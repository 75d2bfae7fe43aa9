import { and, eq } from "drizzle-orm";
import { dispatches, type DbOrTx } from "@reskontra/db";

/**
 * Moves a dispatch out of "queued" and says whether this run did it: the guard that lets exactly
 * one run do a dispatch's bookkeeping, however many runs deliver it.
 */
export async function moveOutOfQueued(
  tx: DbOrTx,
  dispatchId: string,
  to: Partial<Omit<typeof dispatches.$inferInsert, "id">>,
): Promise<boolean> {
  const moved = await tx
    .update(dispatches)
    .set(to)
    .where(and(eq(dispatches.id, dispatchId), eq(dispatches.status, "queued")))
    .returning({ id: dispatches.id });
  return moved.length > 0;
}

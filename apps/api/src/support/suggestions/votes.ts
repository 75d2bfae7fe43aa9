import { supportSuggestionVotes, supportSuggestions, writeAudit, type DbOrTx } from "@reskontra/db";
import { decideVote } from "@reskontra/domain";
import { and, eq, sql } from "drizzle-orm";
import { AppError, type AppErrorCode } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";

/** The suggestion, locked for this transaction so its vote count follows its votes exactly. */
export async function lockSuggestion(tx: DbOrTx, suggestionId: string, field = "suggestionId") {
  const [row] = await tx.select().from(supportSuggestions).where(eq(supportSuggestions.id, suggestionId)).for("update");
  if (!row) throw new AppError("SUGGESTION_NOT_FOUND", { field });
  return row;
}

export function authorsOf(row: { submittedBy: string; onBehalfOfUserId: string | null }): string[] {
  return row.onBehalfOfUserId ? [row.submittedBy, row.onBehalfOfUserId] : [row.submittedBy];
}

/** Recounts the votes into the suggestion's `voteCount` and returns it. */
export async function recountVotes(tx: DbOrTx, suggestionId: string, now: Date): Promise<number> {
  const [row] = await tx
    .update(supportSuggestions)
    .set({
      voteCount: sql`(select count(*)::int from ${supportSuggestionVotes} where ${supportSuggestionVotes.suggestionId} = ${suggestionId})`,
      updatedAt: now,
    })
    .where(eq(supportSuggestions.id, suggestionId))
    .returning({ voteCount: supportSuggestions.voteCount });
  return row?.voteCount ?? 0;
}

/** A vote given or taken back: the new count, and the audit row saying who and when. */
async function recountAndAudit(
  ctx: AuthedContext,
  tx: DbOrTx,
  row: { id: string; organizationId: string | null },
  action: string,
): Promise<number> {
  const now = ctx.clock();
  const voteCount = await recountVotes(tx, row.id, now);
  await writeAudit(tx, {
    at: now,
    actorUserId: ctx.auth.user.id,
    organizationId: row.organizationId,
    action,
    entityType: "support_suggestion",
    entityId: row.id,
    after: { voteCount },
    requestId: ctx.requestId,
  });
  return voteCount;
}

/** One vote per person for someone else's open suggestion; voting again changes nothing. */
export async function vote(ctx: AuthedContext, suggestionId: string) {
  const userId = ctx.auth.user.id;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const row = await lockSuggestion(tx, suggestionId);
    const decision = decideVote({ ...row, mergedInto: row.mergedIntoSuggestionId, authorUserIds: authorsOf(row) }, userId);
    if (!decision.ok) throw new AppError(decision.code as AppErrorCode, { field: "suggestionId" });
    const inserted = await tx
      .insert(supportSuggestionVotes)
      .values({ suggestionId, userId, createdAt: now })
      .onConflictDoNothing()
      .returning({ userId: supportSuggestionVotes.userId });
    if (inserted.length === 0) return { voted: true, voteCount: row.voteCount };
    return { voted: true, voteCount: await recountAndAudit(ctx, tx, row, "support.suggestion.voted") };
  });
}

/** Takes the caller's vote back; without one, nothing happens. */
export async function unvote(ctx: AuthedContext, suggestionId: string) {
  const userId = ctx.auth.user.id;
  return ctx.db.transaction(async (tx) => {
    const row = await lockSuggestion(tx, suggestionId);
    const removed = await tx
      .delete(supportSuggestionVotes)
      .where(and(eq(supportSuggestionVotes.suggestionId, suggestionId), eq(supportSuggestionVotes.userId, userId)))
      .returning({ userId: supportSuggestionVotes.userId });
    if (removed.length === 0) return { voted: false, voteCount: row.voteCount };
    return { voted: false, voteCount: await recountAndAudit(ctx, tx, row, "support.suggestion.unvoted") };
  });
}

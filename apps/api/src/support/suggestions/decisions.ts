import type { ChangeSuggestionStatusInput, MergeSuggestionInput } from "@reskontra/contracts/support";
import { supportSuggestionVotes, supportSuggestions, writeAudit } from "@reskontra/db";
import {
  decideSuggestionMerge,
  decideSuggestionStatus,
  maskIdentityCodes,
  votersAfterMerge,
  type Refusal,
} from "@reskontra/domain";
import { eq } from "drizzle-orm";
import { AppError, type AppErrorCode } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";
import { suggestionActor } from "./access";
import { authorsOf, lockSuggestion, recountVotes } from "./votes";

function refused(refusal: Refusal): never {
  throw new AppError(refusal.code as AppErrorCode, { ...(refusal.field ? { field: refusal.field } : {}) });
}

/** The product team moves a suggestion on the board, with the reason everyone will read. */
export async function changeSuggestionStatus(ctx: AuthedContext, input: ChangeSuggestionStatusInput) {
  const now = ctx.clock();
  const actor = suggestionActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const row = await lockSuggestion(tx, input.suggestionId);
    const decision = decideSuggestionStatus(
      { status: row.status, mergedInto: row.mergedIntoSuggestionId },
      { to: input.status, reason: input.reason },
      actor,
    );
    if (!decision.ok) refused(decision);
    const reason = maskIdentityCodes(decision.reason);
    const reviewMonth = input.reviewMonth ?? row.reviewMonth;
    await tx
      .update(supportSuggestions)
      .set({ status: decision.status, decisionNote: reason, reviewMonth, updatedAt: now })
      .where(eq(supportSuggestions.id, row.id));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: row.organizationId,
      action: "support.suggestion.status_changed",
      entityType: "support_suggestion",
      entityId: row.id,
      before: { status: row.status, reviewMonth: row.reviewMonth },
      after: { status: decision.status, reviewMonth, reason },
      requestId: ctx.requestId,
    });
    return { id: row.id, status: decision.status, reviewMonth };
  });
}

/**
 * Merges a duplicate into the suggestion it repeats: the duplicate is declined and points at the
 * target, its voters and its authors become the target's voters (each once, never the target's own
 * authors), and anything merged into the duplicate earlier now points at the target too.
 */
export async function mergeSuggestion(ctx: AuthedContext, input: MergeSuggestionInput) {
  const now = ctx.clock();
  const actor = suggestionActor(ctx);
  return ctx.db.transaction(async (tx) => {
    // Lock in a fixed order, so two opposite merges cannot deadlock.
    const [first, second] = [input.suggestionId, input.targetId].sort();
    const locked = new Map<string, Awaited<ReturnType<typeof lockSuggestion>>>();
    for (const id of new Set([first ?? "", second ?? ""])) {
      locked.set(id, await lockSuggestion(tx, id, id === input.targetId ? "targetId" : "suggestionId"));
    }
    const source = locked.get(input.suggestionId);
    const target = locked.get(input.targetId);
    if (!source || !target) throw new AppError("SUGGESTION_NOT_FOUND", { field: "targetId" });
    const decision = decideSuggestionMerge(
      { id: source.id, status: source.status, mergedInto: source.mergedIntoSuggestionId },
      { id: target.id, status: target.status, mergedInto: target.mergedIntoSuggestionId },
      actor,
    );
    if (!decision.ok) refused(decision);

    const votersOf = async (id: string) =>
      (
        await tx
          .select({ userId: supportSuggestionVotes.userId })
          .from(supportSuggestionVotes)
          .where(eq(supportSuggestionVotes.suggestionId, id))
      ).map((v) => v.userId);
    const targetVoters = await votersOf(target.id);
    const voters = votersAfterMerge({
      targetVoters,
      sourceVoters: await votersOf(source.id),
      sourceAuthors: authorsOf(source),
      targetAuthors: authorsOf(target),
    });
    const added = voters.filter((v) => !targetVoters.includes(v));
    if (added.length > 0)
      await tx
        .insert(supportSuggestionVotes)
        .values(added.map((userId) => ({ suggestionId: target.id, userId, createdAt: now })))
        .onConflictDoNothing();
    await tx.delete(supportSuggestionVotes).where(eq(supportSuggestionVotes.suggestionId, source.id));
    const note = maskIdentityCodes(input.reason) || `#${target.number}`;
    const reviewMonth = input.reviewMonth ?? source.reviewMonth;
    await tx
      .update(supportSuggestions)
      .set({
        status: decision.status,
        mergedIntoSuggestionId: target.id,
        decisionNote: note,
        voteCount: 0,
        reviewMonth,
        updatedAt: now,
      })
      .where(eq(supportSuggestions.id, source.id));
    await tx
      .update(supportSuggestions)
      .set({ mergedIntoSuggestionId: target.id, updatedAt: now })
      .where(eq(supportSuggestions.mergedIntoSuggestionId, source.id));
    const voteCount = await recountVotes(tx, target.id, now);
    const audit = {
      at: now,
      actorUserId: ctx.auth.user.id,
      action: "support.suggestion.merged",
      entityType: "support_suggestion",
      requestId: ctx.requestId,
    };
    await writeAudit(tx, {
      ...audit,
      organizationId: source.organizationId,
      entityId: source.id,
      before: { status: source.status, voteCount: source.voteCount, reviewMonth: source.reviewMonth },
      after: { status: decision.status, mergedInto: target.number, reason: note, reviewMonth },
    });
    await writeAudit(tx, {
      ...audit,
      action: "support.suggestion.duplicate_received",
      organizationId: target.organizationId,
      entityId: target.id,
      before: { voteCount: target.voteCount },
      after: { duplicate: source.number, voteCount },
    });
    return { id: target.id, voteCount };
  });
}

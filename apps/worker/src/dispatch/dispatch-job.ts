import { and, eq, sql } from "drizzle-orm";
import { dispatches } from "@reskontra/db";
import { dispatchFailureOf, isPermanentDispatchError } from "@reskontra/usecases/invoices";
import { faultAt, type JobContext } from "../jobs/job-context";
import { checkChannel, deliverByChannel } from "./deliver";
import type { DispatchRecord, DispatchResult } from "./dispatch-record";
import { documentKindOf, type DocumentKind, type LoadedDispatch } from "./document-kinds";
import { markDispatchFailed, markDispatchUncertain } from "./mark-trouble";
import { renderAndStore } from "./render";

export type { DispatchResult } from "./dispatch-record";

/**
 * The dispatch job ("invoices.dispatch"): delivers one queued dispatch of any document kind by its
 * channel, reading downwards: load (per kind) → render → deliver (per channel) → finalize (per kind).
 *
 * Safe to run any number of times, and to be killed anywhere: every step either repeats
 * harmlessly (rendering is deterministic, outbox files keep one name, the print service
 * deduplicates on its key) or is guarded (the SMTP hand-over by the side_effects claim, the
 * bookkeeping by the conditional move out of "queued"). Fault points between the steps:
 * "rendered", "delivered", "finalized" (invoices: before the owner's mail is enqueued).
 */
export async function dispatchJob(ctx: JobContext, dispatchId: string): Promise<DispatchResult> {
  // Counting the attempt reads the dispatch in the same statement: one round trip, not two, per delivery.
  const [dispatch] = await ctx.db
    .update(dispatches)
    .set({ attempts: sql`${dispatches.attempts} + 1` })
    .where(and(eq(dispatches.id, dispatchId), eq(dispatches.status, "queued")))
    .returning();
  if (!dispatch) {
    const [settled] = await ctx.db.select({ id: dispatches.id }).from(dispatches).where(eq(dispatches.id, dispatchId));
    if (!settled) {
      ctx.logger.warn({ dispatchId }, "dispatch job for a dispatch that does not exist");
      return "missing";
    }
    // Sent, failed and uncertain are settled: only an agent's new send request starts another delivery.
    return "skipped";
  }

  let kind: DocumentKind | null = null;
  let loaded: LoadedDispatch | null = null;
  try {
    kind = documentKindOf(dispatch);
    loaded = await kind.load(ctx, dispatch);
    return await deliver(ctx, dispatch, kind, loaded);
  } catch (error) {
    if (isPermanentDispatchError(error)) {
      ctx.logger.warn({ dispatchId, err: error }, "dispatch refused");
      await markDispatchFailed(ctx, {
        dispatch,
        organizationId: loaded?.loaded.invoice.organizationId ?? null,
        reason: error.message,
        failure: dispatchFailureOf(error),
      });
      await kind?.recordTrouble(ctx, dispatch, "failed", error.message);
      return "failed";
    }
    // Left queued for the retry, with the reason visible to agents meanwhile.
    const message = error instanceof Error ? error.message : String(error);
    await ctx.db
      .update(dispatches)
      .set({ lastError: message })
      .where(and(eq(dispatches.id, dispatchId), eq(dispatches.status, "queued")));
    throw error;
  }
}

async function deliver(
  ctx: JobContext,
  dispatch: DispatchRecord,
  kind: DocumentKind,
  { loaded, finalize }: LoadedDispatch,
): Promise<DispatchResult> {
  checkChannel(ctx, dispatch.channel, loaded.document);
  const rendered = await renderAndStore(ctx, dispatch, loaded);
  await faultAt(ctx, "rendered");

  const delivery = await deliverByChannel(ctx, rendered, kind);
  if (delivery.status === "uncertain") {
    await markDispatchUncertain(ctx, { dispatch, loaded, startedAt: delivery.startedAt });
    await kind.recordTrouble(ctx, dispatch, "uncertain", "delivery outcome unknown");
    ctx.logger.error({ dispatchId: dispatch.id }, "dispatch outcome unknown; flagged for an agent, not resent");
    return "uncertain";
  }
  await faultAt(ctx, "delivered");

  const result = await finalize(delivery.externalRef);
  if (result === "sent") {
    ctx.logger.info({ dispatchId: dispatch.id, channel: dispatch.channel, ref: delivery.externalRef }, `${kind.noun} dispatched`);
  }
  return result;
}

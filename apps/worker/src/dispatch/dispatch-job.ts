import { and, eq, inArray, sql } from "drizzle-orm";
import { dispatches } from "@reskontra/db";
import { dispatchFailureOf, isPermanentDispatchError, type LoadedInvoice } from "@reskontra/usecases/invoices";
import { faultAt, type JobContext } from "../jobs/job-context";
import { checkChannel, deliverByChannel, type RenderedDispatch } from "./deliver";
import type { DispatchRecord, DispatchResult } from "./dispatch-record";
import { documentKindOf, type Delivered, type DocumentKind, type Finalized } from "./document-kinds";
import { markDispatchFailed, markDispatchUncertain } from "./mark-trouble";
import { renderDispatch, storeRendered } from "./render";

export type { DispatchResult } from "./dispatch-record";

/** One dispatch's outcome in a batch: its result, or the error its job fails with (and is retried for). */
export type DispatchOutcome = DispatchResult | Error;

/** The dispatch job ("invoices.dispatch") for one dispatch: a batch of one, its error thrown. */
export async function dispatchJob(ctx: JobContext, dispatchId: string): Promise<DispatchResult> {
  const [outcome] = await dispatchJobs(ctx, [dispatchId]);
  if (outcome === undefined) throw new Error(`dispatch ${dispatchId}: no outcome`);
  if (outcome instanceof Error) throw outcome;
  return outcome;
}

/**
 * Delivers a batch of queued dispatches of any document kind, each by its channel, reading
 * downwards: claim the attempts → load (per kind) → render → store → deliver (per channel) →
 * finalize (per kind). The database work is per batch — one statement claims them all, each kind
 * loads its documents in a fixed number of statements, one stores every PDF, and a reminder batch
 * is recorded in one — so a day's reminders do not cost a round trip each. Delivery stays per
 * dispatch, and so does every outcome: one dispatch's failure fails its own job, not the batch's.
 *
 * Safe to run any number of times, and to be killed anywhere: every step either repeats
 * harmlessly (rendering is deterministic, outbox files keep one name, the print service
 * deduplicates on its key) or is guarded (the SMTP hand-over by the side_effects claim, the
 * bookkeeping by the conditional move out of "queued"). Fault points between the steps:
 * "rendered", "delivered", "finalized" (invoices: before the owner's mail is enqueued).
 */
export async function dispatchJobs(ctx: JobContext, dispatchIds: readonly string[]): Promise<DispatchOutcome[]> {
  const ids = [...new Set(dispatchIds)];
  const outcomes = new Map<string, DispatchOutcome>();
  // Counting the attempts reads the dispatches in the same statement.
  const claimed = await ctx.db
    .update(dispatches)
    .set({ attempts: sql`${dispatches.attempts} + 1` })
    .where(and(inArray(dispatches.id, ids), eq(dispatches.status, "queued")))
    .returning();
  await settleUnclaimed(
    ctx,
    ids.filter((id) => !claimed.some((d) => d.id === id)),
    outcomes,
  );

  const byKind = new Map<DocumentKind, DispatchRecord[]>();
  for (const dispatch of claimed) {
    try {
      const kind = documentKindOf(dispatch);
      byKind.set(kind, [...(byKind.get(kind) ?? []), dispatch]);
    } catch (error) {
      outcomes.set(dispatch.id, await settleError(ctx, { dispatch, kind: null, loaded: null }, error));
    }
  }
  await Promise.all([...byKind].map(([kind, list]) => deliverKind(ctx, kind, list, outcomes)));
  return dispatchIds.map((id) => outcomes.get(id) ?? new Error(`dispatch ${id}: the batch gave it no outcome`));
}

/** Sent, failed and uncertain are settled: only an agent's new send request starts another delivery. */
async function settleUnclaimed(ctx: JobContext, ids: string[], outcomes: Map<string, DispatchOutcome>): Promise<void> {
  if (ids.length === 0) return;
  const existing = await ctx.db.select({ id: dispatches.id }).from(dispatches).where(inArray(dispatches.id, ids));
  for (const id of ids) {
    if (existing.some((d) => d.id === id)) {
      outcomes.set(id, "skipped");
    } else {
      ctx.logger.warn({ dispatchId: id }, "dispatch job for a dispatch that does not exist");
      outcomes.set(id, "missing");
    }
  }
}

interface Rendered {
  dispatch: DispatchRecord;
  loaded: LoadedInvoice;
  rendered: RenderedDispatch;
}

async function deliverKind(
  ctx: JobContext,
  kind: DocumentKind,
  list: readonly DispatchRecord[],
  outcomes: Map<string, DispatchOutcome>,
): Promise<void> {
  const failAll = async (items: readonly { dispatch: DispatchRecord; loaded: LoadedInvoice | null }[], error: unknown) => {
    for (const item of items) outcomes.set(item.dispatch.id, await settleError(ctx, { ...item, kind }, error));
  };
  let batch;
  try {
    batch = await kind.load(ctx, list);
  } catch (error) {
    return failAll(
      list.map((dispatch) => ({ dispatch, loaded: null })),
      error,
    );
  }

  const rendered = await eachSettled(list, async (dispatch): Promise<Rendered | null> => {
    const loaded = batch.loaded.get(dispatch.id) ?? null;
    try {
      if (loaded === null) throw new Error(`dispatch ${dispatch.id}: its document was not loaded`);
      if (loaded instanceof Error) throw loaded;
      checkChannel(ctx, dispatch.channel, loaded.document);
      return { dispatch, loaded, rendered: await renderDispatch(ctx, dispatch, loaded) };
    } catch (error) {
      const usable = loaded instanceof Error ? null : loaded;
      outcomes.set(dispatch.id, await settleError(ctx, { dispatch, kind, loaded: usable }, error));
      return null;
    }
  });
  try {
    await storeRendered(
      ctx,
      rendered.map((r) => r.rendered),
    );
  } catch (error) {
    return failAll(rendered, error);
  }

  const delivered = await eachSettled(rendered, async ({ dispatch, loaded, rendered: r }): Promise<Delivered | null> => {
    try {
      await faultAt(ctx, "rendered");
      const delivery = await deliverByChannel(ctx, r, kind);
      if (delivery.status === "uncertain") {
        await markDispatchUncertain(ctx, { dispatch, loaded, startedAt: delivery.startedAt });
        await kind.recordTrouble(ctx, dispatch, "uncertain", "delivery outcome unknown");
        ctx.logger.error({ dispatchId: dispatch.id }, "dispatch outcome unknown; flagged for an agent, not resent");
        outcomes.set(dispatch.id, "uncertain");
        return null;
      }
      await faultAt(ctx, "delivered");
      return { dispatch, externalRef: delivery.externalRef };
    } catch (error) {
      outcomes.set(dispatch.id, await settleError(ctx, { dispatch, kind, loaded }, error));
      return null;
    }
  });

  let finalized: Map<string, Finalized>;
  try {
    finalized = await batch.finalize(delivered);
  } catch (error) {
    const loadedOf = (id: string) => {
      const loaded = batch.loaded.get(id);
      return loaded === undefined || loaded instanceof Error ? null : loaded;
    };
    return failAll(
      delivered.map((d) => ({ dispatch: d.dispatch, loaded: loadedOf(d.dispatch.id) })),
      error,
    );
  }
  for (const { dispatch, externalRef } of delivered) {
    const result = finalized.get(dispatch.id) ?? new Error(`dispatch ${dispatch.id}: not finalized`);
    outcomes.set(dispatch.id, result);
    if (result === "sent") {
      ctx.logger.info({ dispatchId: dispatch.id, channel: dispatch.channel, ref: externalRef }, `${kind.noun} dispatched`);
    }
  }
}

/** Runs the step for every item side by side; the step settles its own failures and answers null for them. */
async function eachSettled<T, R>(items: readonly T[], step: (item: T) => Promise<R | null>): Promise<R[]> {
  const results: (R | null)[] = await Promise.all(items.map(step));
  return results.filter((r): r is R => r !== null);
}

/**
 * A dispatch that failed: a permanent refusal marks it failed and tells people ("failed"); anything
 * else leaves it queued for the retry, with the reason visible to agents meanwhile, and is the
 * error its job fails with. Never throws: a failure to record the failure is logged, and the
 * dispatch stays queued.
 */
async function settleError(
  ctx: JobContext,
  { dispatch, kind, loaded }: { dispatch: DispatchRecord; kind: DocumentKind | null; loaded: LoadedInvoice | null },
  error: unknown,
): Promise<DispatchOutcome> {
  const dispatchId = dispatch.id;
  try {
    if (isPermanentDispatchError(error)) {
      ctx.logger.warn({ dispatchId, err: error }, "dispatch refused");
      await markDispatchFailed(ctx, {
        dispatch,
        organizationId: loaded?.invoice.organizationId ?? null,
        reason: error.message,
        failure: dispatchFailureOf(error),
      });
      await kind?.recordTrouble(ctx, dispatch, "failed", error.message);
      return "failed";
    }
    const message = error instanceof Error ? error.message : String(error);
    await ctx.db
      .update(dispatches)
      .set({ lastError: message })
      .where(and(eq(dispatches.id, dispatchId), eq(dispatches.status, "queued")));
  } catch (recording) {
    ctx.logger.error({ dispatchId, err: recording }, "could not record a dispatch's failure; it stays queued");
    return recording instanceof Error ? recording : new Error(String(recording));
  }
  return error instanceof Error ? error : new Error(String(error));
}

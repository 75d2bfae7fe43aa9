import { and, eq, sql } from "drizzle-orm";
import { dispatches, invoiceDocuments } from "@reskontra/db";
import { sendMail } from "@reskontra/jobs";
import { faultAt, type JobContext } from "../jobs/job-context";
import { buildFinvoice, renderInvoicePdf } from "@reskontra/documents";
import { checkChannel, deliverByChannel, type RenderedDispatch } from "./deliver-by-channel";
import { isPermanentDispatchError } from "./dispatch-errors";
import { finalizeSentDispatch, markDispatchFailed, markDispatchUncertain, type DispatchRecord } from "./finalize-dispatch";
import { loadInvoice, type LoadedInvoice } from "./load-invoice-document";
import { finalizeSentReminder, recordReminderTrouble } from "../reminders/finalize-reminder";
import { loadReminder, type LoadedReminder } from "../reminders/load-reminder-document";

export type DispatchResult = "sent" | "skipped" | "failed" | "uncertain" | "missing";

/**
 * The dispatchInvoice job: delivers one queued dispatch by its channel.
 *
 * Safe to run any number of times, and to be killed anywhere: every step either repeats
 * harmlessly (rendering is deterministic, outbox files keep one name, the print service
 * deduplicates on its key) or is guarded (the SMTP hand-over by the side_effects claim, the
 * bookkeeping by the conditional move out of "queued"). Steps, with fault points between them:
 * load → render + store document ("rendered") → deliver ("delivered") → one transaction
 * ("finalized") → enqueue the owner's notification mail.
 */
export async function dispatchInvoiceJob(ctx: JobContext, dispatchId: string): Promise<DispatchResult> {
  const [dispatch] = await ctx.db.select().from(dispatches).where(eq(dispatches.id, dispatchId));
  if (!dispatch) {
    ctx.logger.warn({ dispatchId }, "dispatch job for a dispatch that does not exist");
    return "missing";
  }
  // Sent, failed and uncertain are settled: only an agent's new send request starts another delivery.
  if (dispatch.status !== "queued") return "skipped";
  await ctx.db
    .update(dispatches)
    .set({ attempts: sql`${dispatches.attempts} + 1` })
    .where(and(eq(dispatches.id, dispatchId), eq(dispatches.status, "queued")));

  let loaded: Loaded | null = null;
  try {
    loaded = await loadDispatched(ctx, dispatch);
    return await deliverLoaded(ctx, dispatch, loaded);
  } catch (error) {
    if (isPermanentDispatchError(error)) {
      ctx.logger.warn({ dispatchId, err: error }, "dispatch refused");
      await markDispatchFailed(ctx, {
        dispatch,
        organizationId: loaded?.loaded.invoice.organizationId ?? null,
        reason: error.message,
      });
      if (dispatch.documentKind === "reminder") await recordReminderTrouble(ctx, dispatch, "failed", error.message);
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

/** What a dispatch delivers: an invoice or credit note as submitted, or a payment reminder of one. */
type Loaded = { kind: "invoice"; loaded: LoadedInvoice } | { kind: "reminder"; loaded: LoadedReminder };

async function loadDispatched(ctx: JobContext, dispatch: DispatchRecord): Promise<Loaded> {
  return dispatch.documentKind === "reminder"
    ? { kind: "reminder", loaded: await loadReminder(ctx.db, dispatch.id) }
    : { kind: "invoice", loaded: await loadInvoice(ctx.db, dispatch.invoiceId) };
}

async function deliverLoaded(ctx: JobContext, dispatch: DispatchRecord, which: Loaded): Promise<DispatchResult> {
  const { loaded } = which;
  checkChannel(ctx, dispatch.channel, loaded.document);
  const rendered = await renderAndStore(ctx, dispatch, loaded);
  await faultAt(ctx, "rendered");

  const delivery = await deliverByChannel(ctx, rendered);
  if (delivery.status === "uncertain") {
    await markDispatchUncertain(ctx, { dispatch, loaded, startedAt: delivery.startedAt });
    if (which.kind === "reminder") await recordReminderTrouble(ctx, dispatch, "uncertain", "delivery outcome unknown");
    ctx.logger.error({ dispatchId: dispatch.id }, "dispatch outcome unknown; flagged for an agent, not resent");
    return "uncertain";
  }
  await faultAt(ctx, "delivered");

  if (which.kind === "reminder") {
    // A reminder leaves the invoice an open receivable; it is recorded as sent, with its fee.
    const finalized = await finalizeSentReminder(ctx, { dispatch, loaded: which.loaded, externalRef: delivery.externalRef });
    if (!finalized) return "skipped";
    ctx.logger.info({ dispatchId: dispatch.id, channel: dispatch.channel, ref: delivery.externalRef }, "reminder dispatched");
    return "sent";
  }
  const mailId = await finalizeSentDispatch(ctx, { dispatch, loaded, externalRef: delivery.externalRef });
  if (mailId === null) return "skipped";
  await faultAt(ctx, "finalized");
  // Enqueued after the commit; if this process dies first, the outbox sweep enqueues it.
  await ctx.jobs.send(sendMail, { mailId }, { singletonKey: mailId });
  ctx.logger.info({ dispatchId: dispatch.id, channel: dispatch.channel, ref: delivery.externalRef }, "invoice dispatched");
  return "sent";
}

/** Renders the PDF (and the Finvoice message) and keeps them for preview; rerunning writes the same bytes. */
async function renderAndStore(ctx: JobContext, dispatch: DispatchRecord, loaded: LoadedInvoice): Promise<RenderedDispatch> {
  const pdf = await renderInvoicePdf(loaded.document);
  const finvoiceXml =
    dispatch.channel === "einvoice"
      ? buildFinvoice(loaded.document, {
          // Derived from the dispatch, so a rerun produces the very same message.
          messageIdentifier: `RESKONTRA-${dispatch.id}`,
          timestamp: dispatch.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
        })
      : null;
  await ctx.db
    .insert(invoiceDocuments)
    .values({ dispatchId: dispatch.id, invoiceId: dispatch.invoiceId, pdf, finvoiceXml, createdAt: ctx.clock() })
    .onConflictDoUpdate({ target: invoiceDocuments.dispatchId, set: { pdf, finvoiceXml } });
  return { dispatchId: dispatch.id, channel: dispatch.channel, document: loaded.document, pdf, finvoiceXml };
}

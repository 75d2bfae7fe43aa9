import { writeAudit } from "@reskontra/db";
import type { DispatchFailureReason } from "@reskontra/domain";
import { sendMail } from "@reskontra/jobs";
import type { LoadedInvoice } from "@reskontra/usecases/invoices";
import type { JobContext } from "../jobs/job-context";
import { appendToAlert, helsinkiDate } from "../jobs/raise-alert";
import type { DispatchRecord } from "./dispatch-record";
import { moveOutOfQueued } from "./move-out-of-queued";
import { tellDispatchFailed } from "../invoices/dispatch-failed";

/**
 * A dispatch that cannot succeed as it stands: failed, with the reason code people read and the
 * technical message for the history, and customer service and the owner told (tellDispatchFailed).
 */
export async function markDispatchFailed(
  ctx: JobContext,
  input: {
    dispatch: DispatchRecord;
    organizationId: string | null;
    reason: string;
    failure: { reason: DispatchFailureReason; detail: string | null };
  },
): Promise<void> {
  const { dispatch, reason, failure } = input;
  const now = ctx.clock();
  const mailId = await ctx.db.transaction(async (tx) => {
    const moved = await moveOutOfQueued(tx, dispatch.id, {
      status: "failed",
      lastError: reason,
      failureReason: failure.reason,
      failureDetail: failure.detail,
    });
    if (!moved) return null;
    await writeAudit(tx, {
      at: now,
      actorUserId: dispatch.requestedBy,
      organizationId: input.organizationId,
      action: "invoice.dispatch_failed",
      entityType: "invoice",
      entityId: dispatch.invoiceId,
      after: { channel: dispatch.channel, dispatchId: dispatch.id, error: reason, reason: failure.reason },
    });
    return tellDispatchFailed(tx, { dispatch, failure, publicUrl: ctx.config.publicUrl, now });
  });
  // After commit; should this process die first, the outbox sweep enqueues the mail.
  if (mailId) await ctx.jobs.send(sendMail, { mailId }, { singletonKey: mailId });
}

/**
 * The e-mail may or may not have left: sending again could deliver it twice, so the dispatch
 * is set aside as "uncertain" and listed in the day's alert for an agent to check with the buyer.
 */
export async function markDispatchUncertain(
  ctx: JobContext,
  input: { dispatch: DispatchRecord; loaded: LoadedInvoice; startedAt: Date },
): Promise<void> {
  const { dispatch, loaded, startedAt } = input;
  const now = ctx.clock();
  const reason = `the ${dispatch.channel} hand-over started at ${startedAt.toISOString()} never confirmed; not resent, check whether it arrived`;
  await ctx.db.transaction(async (tx) => {
    if (!(await moveOutOfQueued(tx, dispatch.id, { status: "uncertain", lastError: reason }))) return;
    await appendToAlert(tx, {
      kind: "dispatch_uncertain",
      businessDate: helsinkiDate(now),
      listKey: "dispatches",
      entry: {
        dispatchId: dispatch.id,
        invoiceId: loaded.invoice.id,
        invoiceNumber: loaded.document.invoiceNumber,
        channel: dispatch.channel,
        startedAt: startedAt.toISOString(),
      },
    });
    await writeAudit(tx, {
      at: now,
      actorUserId: dispatch.requestedBy,
      organizationId: loaded.invoice.organizationId,
      action: "invoice.dispatch_uncertain",
      entityType: "invoice",
      entityId: loaded.invoice.id,
      after: { channel: dispatch.channel, dispatchId: dispatch.id, startedAt: startedAt.toISOString() },
    });
  });
}

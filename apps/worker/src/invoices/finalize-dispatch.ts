import { and, eq } from "drizzle-orm";
import { dispatches, invoices, notifications, outgoingMails, writeAudit, type DbOrTx } from "@reskontra/db";
import type { JobContext } from "../jobs/job-context";
import { appendToAlert, helsinkiDate } from "../jobs/raise-alert";
import { invoiceSentNotice } from "./dispatch-texts";
import type { LoadedInvoice } from "./load-invoice-document";

export type DispatchRecord = typeof dispatches.$inferSelect;

/**
 * Records a delivered dispatch in one transaction: the dispatch and the invoice become sent,
 * the history gets its rows, the owner gets an in-app notification and a queued e-mail.
 * Only the run that moves the dispatch out of "queued" does this, so a rerun adds nothing.
 * Returns the id of the owner's notification mail to enqueue, or null if another run finished first.
 */
export async function finalizeSentDispatch(
  ctx: JobContext,
  input: { dispatch: DispatchRecord; loaded: LoadedInvoice; externalRef: string },
): Promise<string | null> {
  const { dispatch, loaded, externalRef } = input;
  const { invoice, owner, document } = loaded;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const moved = await tx
      .update(dispatches)
      .set({ status: "sent", sentAt: now, externalRef, lastError: null })
      .where(and(eq(dispatches.id, dispatch.id), eq(dispatches.status, "queued")))
      .returning({ id: dispatches.id });
    if (moved.length === 0) return null;

    // Only an unsent invoice becomes an open receivable; one already paid or credited stays as it is.
    const opened = await tx
      .update(invoices)
      .set({ status: "sent", sentAt: now, updatedAt: now })
      .where(and(eq(invoices.id, invoice.id), eq(invoices.status, "submitted")))
      .returning({ id: invoices.id });
    const after = { channel: dispatch.channel, dispatchId: dispatch.id, externalRef };
    const common = { at: now, actorUserId: dispatch.requestedBy, organizationId: invoice.organizationId };
    await writeAudit(tx, {
      ...common,
      action: "invoice.sent",
      entityType: "invoice",
      entityId: invoice.id,
      before: opened.length > 0 ? { status: "submitted" } : { status: invoice.status },
      after: opened.length > 0 ? { ...after, status: "sent" } : after,
    });
    await writeAudit(tx, {
      ...common,
      action: "dispatch.sent",
      entityType: "dispatch",
      entityId: dispatch.id,
      before: { status: "queued" },
      after: { status: "sent", externalRef },
    });
    await tx.insert(notifications).values({
      userId: owner.id,
      kind: "invoice_sent",
      invoiceId: invoice.id,
      params: { invoiceNumber: document.invoiceNumber, channel: dispatch.channel },
      createdAt: now,
    });
    const notice = invoiceSentNotice({
      language: owner.language,
      ownerName: owner.name,
      doc: document,
      channel: dispatch.channel,
      link: `${ctx.config.publicUrl}/invoices/${invoice.id}`,
    });
    return queueMail(tx, {
      idempotencyKey: `invoice-sent:${invoice.id}`,
      toAddress: owner.email,
      subject: notice.subject,
      body: notice.body,
      createdAt: now,
    });
  });
}

/** Inserts a mail once per idempotency key and returns its id either way. */
export async function queueMail(
  tx: DbOrTx,
  mail: { idempotencyKey: string; toAddress: string; subject: string; body: string; createdAt: Date },
): Promise<string> {
  const [inserted] = await tx.insert(outgoingMails).values(mail).onConflictDoNothing().returning({ id: outgoingMails.id });
  if (inserted) return inserted.id;
  const [existing] = await tx
    .select({ id: outgoingMails.id })
    .from(outgoingMails)
    .where(eq(outgoingMails.idempotencyKey, mail.idempotencyKey));
  if (!existing) throw new Error(`outgoing mail ${mail.idempotencyKey} vanished`);
  return existing.id;
}

/** A dispatch that cannot succeed as it stands: failed, with the reason for the agent, and a history row. */
export async function markDispatchFailed(
  ctx: JobContext,
  input: { dispatch: DispatchRecord; organizationId: string | null; reason: string },
): Promise<void> {
  const { dispatch, reason } = input;
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const moved = await tx
      .update(dispatches)
      .set({ status: "failed", lastError: reason })
      .where(and(eq(dispatches.id, dispatch.id), eq(dispatches.status, "queued")))
      .returning({ id: dispatches.id });
    if (moved.length === 0) return;
    await writeAudit(tx, {
      at: now,
      actorUserId: dispatch.requestedBy,
      organizationId: input.organizationId,
      action: "invoice.dispatch_failed",
      entityType: "invoice",
      entityId: dispatch.invoiceId,
      after: { channel: dispatch.channel, dispatchId: dispatch.id, error: reason },
    });
  });
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
    const moved = await tx
      .update(dispatches)
      .set({ status: "uncertain", lastError: reason })
      .where(and(eq(dispatches.id, dispatch.id), eq(dispatches.status, "queued")))
      .returning({ id: dispatches.id });
    if (moved.length === 0) return;
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

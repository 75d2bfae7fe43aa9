import { and, eq } from "drizzle-orm";
import { invoices, notifications, writeAudit } from "@reskontra/db";
import type { JobContext } from "../jobs/job-context";
import { queueMail } from "../mail/queue-mail";
import type { DispatchRecord } from "./dispatch-record";
import { moveOutOfQueued } from "./move-out-of-queued";
import { invoiceSentNotice } from "./invoice-mail";
import type { LoadedInvoice } from "@reskontra/usecases/invoices";

/**
 * Records a delivered dispatch in one transaction: the dispatch and the invoice become sent,
 * the history gets its rows, the owner gets an in-app notification and a queued e-mail.
 * Only the run that moves the dispatch out of "queued" does this, so a rerun adds nothing.
 * Returns the id of the owner's notification mail to enqueue, or null if another run finished first.
 */
export async function finalizeSentInvoice(
  ctx: JobContext,
  input: { dispatch: DispatchRecord; loaded: LoadedInvoice; externalRef: string },
): Promise<string | null> {
  const { dispatch, loaded, externalRef } = input;
  const { invoice, owner, document } = loaded;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const moved = await moveOutOfQueued(tx, dispatch.id, { status: "sent", sentAt: now, externalRef, lastError: null });
    if (!moved) return null;

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

import { eq } from "drizzle-orm";
import { notifications, reminderEvents, reminders, writeAudit } from "@reskontra/db";
import { REMINDER_TRANSACTION_FEE_CENTS } from "@reskontra/domain";
import type { JobContext } from "../jobs/job-context";
import type { DispatchRecord } from "./dispatch-record";
import { moveOutOfQueued } from "./move-out-of-queued";
import type { LoadedReminder } from "@reskontra/usecases/reminders";

/**
 * Records a delivered reminder in one transaction: the dispatch becomes sent, the reminder gets
 * its send time and the operator's transaction fee, the rule's events and the invoice's history
 * get their rows, the owner an in-app notice. The invoice's own status is left alone: it is
 * still an open receivable. Only the run that moves the dispatch out of "queued" does this.
 */
export async function finalizeSentReminder(
  ctx: JobContext,
  input: { dispatch: DispatchRecord; loaded: LoadedReminder; externalRef: string },
): Promise<boolean> {
  const { dispatch, loaded, externalRef } = input;
  const { reminder, invoice, owner } = loaded;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const moved = await moveOutOfQueued(tx, dispatch.id, { status: "sent", sentAt: now, externalRef, lastError: null });
    if (!moved) return false;
    const details = {
      sequence: reminder.sequence,
      channel: dispatch.channel,
      feeCents: reminder.feeCents,
      interestCents: reminder.interestCents,
      transactionFeeCents: REMINDER_TRANSACTION_FEE_CENTS,
      newDueDate: reminder.newDueDate,
      dispatchId: dispatch.id,
      externalRef,
    };
    // Sent together (postgres.js pipelines them on the transaction's connection): one round trip
    // for the four writes instead of four, at the rate of a day's reminders.
    await Promise.all([
      tx
        .update(reminders)
        .set({ sentAt: now, transactionFeeCents: REMINDER_TRANSACTION_FEE_CENTS })
        .where(eq(reminders.id, reminder.id)),
      tx.insert(reminderEvents).values({
        organizationId: reminder.organizationId,
        ruleId: reminder.ruleId,
        invoiceId: invoice.id,
        reminderId: reminder.id,
        kind: "sent",
        params: details,
        at: now,
      }),
      writeAudit(tx, {
        at: now,
        actorUserId: null,
        organizationId: invoice.organizationId,
        action: "reminder.sent",
        entityType: "invoice",
        entityId: invoice.id,
        after: details,
      }),
      tx.insert(notifications).values({
        userId: owner.id,
        kind: "reminder_sent",
        invoiceId: invoice.id,
        params: { invoiceNumber: invoice.invoiceNumber ?? "", sequence: reminder.sequence, channel: dispatch.channel },
        createdAt: now,
      }),
    ]);
    return true;
  });
}

/** A reminder whose delivery failed or whose outcome is unknown: the rule's events tab shows it. */
export async function recordReminderTrouble(
  ctx: JobContext,
  dispatch: DispatchRecord,
  kind: "failed" | "uncertain",
  reason: string,
): Promise<void> {
  const [reminder] = await ctx.db.select().from(reminders).where(eq(reminders.dispatchId, dispatch.id));
  if (!reminder) return;
  await ctx.db.insert(reminderEvents).values({
    organizationId: reminder.organizationId,
    ruleId: reminder.ruleId,
    invoiceId: reminder.invoiceId,
    reminderId: reminder.id,
    kind,
    params: { sequence: reminder.sequence, channel: dispatch.channel, reason },
    at: ctx.clock(),
  });
}

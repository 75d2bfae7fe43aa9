import { eq, sql } from "drizzle-orm";
import { queryRows, reminderEvents, reminders } from "@reskontra/db";
import { REMINDER_TRANSACTION_FEE_CENTS } from "@reskontra/domain";
import type { JobContext } from "../jobs/job-context";
import type { DispatchRecord } from "./dispatch-record";
import type { LoadedReminder } from "@reskontra/usecases/reminders";

/**
 * Records delivered reminders in ONE statement (so one transaction): each dispatch becomes sent,
 * its reminder gets the send time and the operator's transaction fee, the rule's events and the
 * invoice's history get their rows, the owner an in-app notice. The invoices' own status is left
 * alone: each is still an open receivable. Only the dispatches this statement moves out of
 * "queued" get the rest, so a rerun, or another run finishing first, adds nothing. Returns the ids
 * of the dispatches it recorded.
 */
export async function finalizeSentReminders(
  ctx: JobContext,
  delivered: readonly { dispatch: DispatchRecord; loaded: LoadedReminder; externalRef: string }[],
): Promise<Set<string>> {
  if (delivered.length === 0) return new Set();
  const now = ctx.clock().toISOString();
  const rows = JSON.stringify(
    delivered.map(({ dispatch, loaded: { reminder, invoice, owner }, externalRef }) => ({
      dispatch_id: dispatch.id,
      external_ref: externalRef,
      reminder_id: reminder.id,
      organization_id: reminder.organizationId,
      rule_id: reminder.ruleId,
      invoice_id: invoice.id,
      invoice_organization_id: invoice.organizationId,
      owner_id: owner.id,
      details: {
        sequence: reminder.sequence,
        channel: dispatch.channel,
        feeCents: reminder.feeCents,
        interestCents: reminder.interestCents,
        transactionFeeCents: REMINDER_TRANSACTION_FEE_CENTS,
        newDueDate: reminder.newDueDate,
        dispatchId: dispatch.id,
        externalRef,
      },
      notice: { invoiceNumber: invoice.invoiceNumber ?? "", sequence: reminder.sequence, channel: dispatch.channel },
    })),
  );
  const recorded = await queryRows<{ dispatch_id: string }>(
    ctx.db,
    sql`WITH input AS (
          SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS x(
            dispatch_id uuid, external_ref text, reminder_id uuid, organization_id uuid, rule_id uuid, invoice_id uuid,
            invoice_organization_id uuid, owner_id uuid, details jsonb, notice jsonb)
        ),
        moved AS (
          UPDATE dispatches d SET status = 'sent', sent_at = ${now}::timestamptz, external_ref = i.external_ref, last_error = NULL
          FROM input i WHERE d.id = i.dispatch_id AND d.status = 'queued'
          RETURNING d.id
        ),
        done AS (SELECT i.* FROM input i JOIN moved ON moved.id = i.dispatch_id),
        r AS (
          UPDATE reminders SET sent_at = ${now}::timestamptz, transaction_fee_cents = ${REMINDER_TRANSACTION_FEE_CENTS}
          FROM done WHERE reminders.id = done.reminder_id
        ),
        e AS (
          INSERT INTO reminder_events (organization_id, rule_id, invoice_id, reminder_id, kind, params, at)
          SELECT organization_id, rule_id, invoice_id, reminder_id, 'sent', details, ${now}::timestamptz FROM done
        ),
        a AS (
          INSERT INTO audit_log (at, actor_user_id, organization_id, action, entity_type, entity_id, after)
          SELECT ${now}::timestamptz, NULL, invoice_organization_id, 'reminder.sent', 'invoice', invoice_id::text, details
          FROM done
        ),
        n AS (
          INSERT INTO notifications (user_id, kind, invoice_id, params, created_at)
          SELECT owner_id, 'reminder_sent', invoice_id, notice, ${now}::timestamptz FROM done
        )
        SELECT dispatch_id FROM done`,
  );
  return new Set(recorded.map((r) => r.dispatch_id));
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

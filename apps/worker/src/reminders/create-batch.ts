import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@reskontra/db";
import type { PlannedReminder } from "@reskontra/usecases/reminders";

/** The idempotency key of a reminder's dispatch: one per invoice and reminder number. */
export function reminderDispatchKey(p: Pick<PlannedReminder, "candidate" | "plan">): string {
  return `reminder:${p.candidate.invoiceId}:${p.plan.sequence}`;
}

/** One planned reminder as the batch statement reads it (jsonb_to_recordset). */
function inputRow(p: PlannedReminder) {
  return {
    key: reminderDispatchKey(p),
    organization_id: p.candidate.organizationId,
    invoice_id: p.candidate.invoiceId,
    sequence: p.plan.sequence,
    rule_id: p.rule.id,
    customer_id: p.candidate.customerId,
    customer_kind: p.rule.customerKind,
    channel: p.plan.channel,
    new_due_date: p.plan.newDueDate,
    open_cents: p.candidate.openCents,
    fee_cents: p.plan.feeCents,
    interest_cents: p.plan.interestCents,
    interest_rate_bp: p.plan.interestRateBp,
    interest_periods: p.plan.interestPeriods,
    interest_missing: p.plan.interestMissing,
    compensation_cents: p.plan.compensationCents,
  };
}

/**
 * Writes a batch of planned reminders in ONE statement: the dispatches (ON CONFLICT DO NOTHING on
 * the idempotency key), the reminder rows of the dispatches that were new, and their "created"
 * event and audit row. A rerun after a crash finds the keys taken and writes nothing twice; the
 * reminders' own (invoice_id, sequence) key guards the same. Returns the new dispatches' ids.
 */
export async function insertReminderBatch(
  db: DbOrTx,
  batch: readonly PlannedReminder[],
  input: { today: string; now: Date },
): Promise<string[]> {
  if (batch.length === 0) return [];
  const rows = JSON.stringify(batch.map(inputRow));
  const now = input.now.toISOString();
  const inserted = await queryRows<{ dispatch_id: string }>(
    db,
    sql`WITH input AS (
          SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS x(
            key text, organization_id uuid, invoice_id uuid, sequence int, rule_id uuid, customer_id uuid,
            customer_kind text, channel text, new_due_date date, open_cents bigint, fee_cents bigint,
            interest_cents bigint, interest_rate_bp int, interest_periods jsonb, interest_missing jsonb,
            compensation_cents bigint)
        ),
        d AS (
          INSERT INTO dispatches (invoice_id, document_kind, channel, idempotency_key, created_at)
          SELECT invoice_id, 'reminder', channel::delivery_method, key, ${now}::timestamptz FROM input
          ON CONFLICT DO NOTHING
          RETURNING id, idempotency_key
        ),
        r AS (
          INSERT INTO reminders (organization_id, invoice_id, sequence, rule_id, customer_id, customer_kind, dispatch_id,
            channel, run_date, new_due_date, open_cents, fee_cents, interest_cents, interest_rate_bp, interest_periods,
            interest_missing, compensation_cents, created_at)
          SELECT i.organization_id, i.invoice_id, i.sequence, i.rule_id, i.customer_id,
            i.customer_kind::reminder_customer_kind, d.id, i.channel::delivery_method, ${input.today}::date,
            i.new_due_date, i.open_cents, i.fee_cents, i.interest_cents, i.interest_rate_bp, i.interest_periods,
            i.interest_missing, i.compensation_cents, ${now}::timestamptz
          FROM input i JOIN d ON d.idempotency_key = i.key
          RETURNING id, organization_id, rule_id, invoice_id, dispatch_id, sequence, channel, fee_cents,
            interest_cents, compensation_cents, interest_missing, open_cents, new_due_date
        ),
        details AS (
          SELECT r.*, jsonb_build_object(
              'sequence', r.sequence, 'ruleId', r.rule_id, 'channel', r.channel, 'feeCents', r.fee_cents,
              'interestCents', r.interest_cents, 'compensationCents', r.compensation_cents,
              'openCents', r.open_cents, 'newDueDate', to_char(r.new_due_date, 'YYYY-MM-DD'), 'dispatchId', r.dispatch_id)
            || CASE WHEN jsonb_array_length(r.interest_missing) > 0
                    THEN jsonb_build_object('interestMissing', r.interest_missing) ELSE '{}'::jsonb END AS params
          FROM r
        ),
        e AS (
          INSERT INTO reminder_events (organization_id, rule_id, invoice_id, reminder_id, kind, params, at)
          SELECT organization_id, rule_id, invoice_id, id, 'created', params, ${now}::timestamptz FROM details
        ),
        -- The invoice's history shows the reminder, like every other step of the invoice.
        a AS (
          INSERT INTO audit_log (at, actor_user_id, organization_id, action, entity_type, entity_id, after)
          SELECT ${now}::timestamptz, NULL, organization_id, 'reminder.created', 'invoice', invoice_id::text, params
          FROM details
        )
        SELECT dispatch_id FROM details`,
  );
  return inserted.map((r) => r.dispatch_id);
}

import { sql, type SQL } from "drizzle-orm";
import { REMINDER_LEGAL_LIMITS, type IsoDate } from "@reskontra/domain";
import { queryRows, type DbOrTx } from "@reskontra/db";

/** One invoice the SQL found due, with what the domain needs to confirm it and plan the reminder. */
export interface DueCandidate {
  invoiceId: string;
  organizationId: string;
  customerId: string;
  ruleId: string;
  dueDate: IsoDate;
  sentDate: IsoDate | null;
  openCents: number;
  /** Run dates of the reminders already made for the invoice, oldest first. */
  history: IsoDate[];
  /** An earlier reminder already claimed the fixed compensation. */
  compensationClaimed: boolean;
  email: string | null;
  einvoiceAddress: string | null;
  einvoiceOperator: string | null;
}

const C = REMINDER_LEGAL_LIMITS.consumer;
const B = REMINDER_LEGAL_LIMITS.business;

/**
 * The WHERE of "due today", the law's minimums included, in one place for the run and for the
 * benchmark's baseline. It mirrors isReminderDue: the run still asks the domain about every row,
 * so a drift between the two can only leave a reminder out, never send one the domain refuses.
 */
export function dueCondition(today: IsoDate): SQL {
  return sql`i.status = 'sent' AND i.kind = 'invoice'
    AND i.gross_cents - i.paid_cents > 0
    AND i.gross_cents - i.paid_cents >= r.minimum_amount_cents
    AND coalesce(h.n, 0) < r.max_count
    AND CASE WHEN h.n IS NULL
      THEN i.due_date + greatest(r.days_after_due,
             CASE r.customer_kind WHEN 'consumer' THEN ${C.minDaysAfterDue}::int ELSE ${B.minDaysAfterDue}::int END) <= ${today}::date
      ELSE h.last_date + greatest(r.interval_days, 1,
             CASE WHEN r.customer_kind = 'consumer' THEN ${C.minIntervalDays}::int
                  WHEN r.fee_cents = 0 THEN 1 ELSE ${B.minIntervalDays}::int END) <= ${today}::date
    END`;
}

/** The FROM: open invoices of activated companies, their customer's live rule, and their reminders so far. */
export function dueFrom(): SQL {
  return sql`invoices i
    JOIN reminder_settings s ON s.organization_id = i.organization_id
    JOIN customers c ON c.id = i.customer_id
    JOIN reminder_rules r ON r.id = c.reminder_rule_id AND r.deleted_at IS NULL AND r.organization_id = i.organization_id
    LEFT JOIN (
      SELECT invoice_id, count(*)::int AS n, max(run_date) AS last_date,
             array_agg(to_char(run_date, 'YYYY-MM-DD') ORDER BY sequence) AS dates,
             bool_or(compensation_cents > 0) AS compensated
      FROM reminders GROUP BY invoice_id
    ) h ON h.invoice_id = i.id`;
}

/** Every invoice due for a reminder today, in one set-based statement. */
export async function selectDueCandidates(
  db: DbOrTx,
  today: IsoDate,
  options: { organizationId?: string } = {},
): Promise<DueCandidate[]> {
  const org = options.organizationId ? sql`AND i.organization_id = ${options.organizationId}` : sql``;
  const rows = await queryRows<{
    invoice_id: string;
    organization_id: string;
    customer_id: string;
    rule_id: string;
    due_date: string;
    sent_date: string | null;
    open_cents: string | number;
    dates: string[] | null;
    compensated: boolean | null;
    email: string | null;
    einvoice_address: string | null;
    einvoice_operator: string | null;
  }>(
    db,
    sql`SELECT i.id AS invoice_id, i.organization_id, i.customer_id, r.id AS rule_id,
          to_char(i.due_date, 'YYYY-MM-DD') AS due_date,
          to_char((i.sent_at AT TIME ZONE 'Europe/Helsinki')::date, 'YYYY-MM-DD') AS sent_date,
          i.gross_cents - i.paid_cents AS open_cents, h.dates, h.compensated,
          i.buyer_snapshot->>'email' AS email,
          i.buyer_snapshot->>'einvoiceAddress' AS einvoice_address,
          i.buyer_snapshot->>'einvoiceOperator' AS einvoice_operator
        FROM ${dueFrom()}
        WHERE ${dueCondition(today)} ${org}
        ORDER BY i.organization_id, i.id`,
  );
  return rows.map((r) => ({
    invoiceId: r.invoice_id,
    organizationId: r.organization_id,
    customerId: r.customer_id,
    ruleId: r.rule_id,
    dueDate: r.due_date,
    sentDate: r.sent_date,
    openCents: Number(r.open_cents),
    history: r.dates ?? [],
    compensationClaimed: r.compensated === true,
    email: r.email,
    einvoiceAddress: r.einvoice_address,
    einvoiceOperator: r.einvoice_operator,
  }));
}

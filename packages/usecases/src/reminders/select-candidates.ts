import { addDays, REMINDER_LEGAL_LIMITS, type IsoDate, type MissingRatePolicy } from "@reskontra/domain";
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@reskontra/db";

/** One invoice the SQL found, with what the domain needs to confirm it and plan the reminder. */
export interface ReminderCandidate {
  invoiceId: string;
  invoiceNumber: string | null;
  organizationId: string;
  customerId: string;
  customerName: string;
  /** "sent", or "paid" for the recently paid invoices the dry run lists. */
  status: string;
  /** The customer's live rule; null only in the dry run's listing (the run needs a rule). */
  ruleId: string | null;
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
  /** The company's choice when the late interest needs a reference rate not yet entered. */
  onMissingRate: MissingRatePolicy;
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

/**
 * The FROM: invoices of activated companies, their customer's live rule, and their reminders so far.
 * The run needs a rule (inner join); the dry run lists invoices without one too, as blocked.
 */
export function dueFrom(rule: "required" | "optional" = "required"): SQL {
  const join = rule === "required" ? sql`JOIN` : sql`LEFT JOIN`;
  return sql`invoices i
    JOIN reminder_settings s ON s.organization_id = i.organization_id
    JOIN customers c ON c.id = i.customer_id
    ${join} reminder_rules r ON r.id = c.reminder_rule_id AND r.deleted_at IS NULL AND r.organization_id = i.organization_id
    LEFT JOIN (
      SELECT invoice_id, count(*)::int AS n, max(run_date) AS last_date,
             array_agg(to_char(run_date, 'YYYY-MM-DD') ORDER BY sequence) AS dates,
             bool_or(compensation_cents > 0) AS compensated
      FROM reminders GROUP BY invoice_id
    ) h ON h.invoice_id = i.id`;
}

/** Paid invoices this recent are listed as skipped ("paid"), so the admin sees why they got nothing. */
export const PAID_LOOKBACK_DAYS = 60;
/** The dry run shows a page an admin can read, not a whole ledger. */
const REVIEW_LIMIT = 5000;

export type CandidateScope =
  /** The daily run: only invoices the SQL finds due today (the domain then confirms each). */
  | { kind: "due"; organizationId?: string }
  /** The dry run: every open invoice of the company and its recently paid ones. */
  | { kind: "review"; organizationId: string };

function scopeClause(scope: CandidateScope, today: IsoDate): SQL {
  if (scope.kind === "due") {
    const org = scope.organizationId ? sql`AND i.organization_id = ${scope.organizationId}` : sql``;
    return sql`FROM ${dueFrom("required")} WHERE ${dueCondition(today)} ${org} ORDER BY i.organization_id, i.id`;
  }
  return sql`FROM ${dueFrom("optional")}
    WHERE i.organization_id = ${scope.organizationId} AND i.kind = 'invoice'
      AND (i.status = 'sent' OR (i.status = 'paid' AND i.due_date < ${today}::date
           AND i.due_date >= ${addDays(today, -PAID_LOOKBACK_DAYS)}::date))
    ORDER BY i.due_date, i.invoice_number
    LIMIT ${REVIEW_LIMIT}`;
}

/**
 * The one candidate query of reminders: the daily run and the dry run read the same columns from
 * the same joins and map them the same way; only which invoices they look at differs.
 */
export async function selectReminderCandidates(db: DbOrTx, today: IsoDate, scope: CandidateScope): Promise<ReminderCandidate[]> {
  const rows = await queryRows<{
    invoice_id: string;
    invoice_number: string | null;
    organization_id: string;
    customer_id: string;
    customer_name: string;
    status: string;
    rule_id: string | null;
    due_date: string;
    sent_date: string | null;
    open_cents: string | number;
    dates: string[] | null;
    compensated: boolean | null;
    email: string | null;
    einvoice_address: string | null;
    einvoice_operator: string | null;
    on_missing_rate: string;
  }>(
    db,
    sql`SELECT i.id AS invoice_id, i.invoice_number, i.organization_id, i.customer_id, c.name AS customer_name,
          i.status::text AS status, r.id AS rule_id,
          to_char(i.due_date, 'YYYY-MM-DD') AS due_date,
          to_char((i.sent_at AT TIME ZONE 'Europe/Helsinki')::date, 'YYYY-MM-DD') AS sent_date,
          i.gross_cents - i.paid_cents AS open_cents, h.dates, h.compensated,
          i.buyer_snapshot->>'email' AS email,
          i.buyer_snapshot->>'einvoiceAddress' AS einvoice_address,
          i.buyer_snapshot->>'einvoiceOperator' AS einvoice_operator,
          s.on_missing_rate::text AS on_missing_rate
        ${scopeClause(scope, today)}`,
  );
  return rows.map((r) => ({
    invoiceId: r.invoice_id,
    invoiceNumber: r.invoice_number,
    organizationId: r.organization_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    status: r.status,
    ruleId: r.rule_id,
    dueDate: r.due_date,
    sentDate: r.sent_date,
    openCents: Number(r.open_cents),
    history: r.dates ?? [],
    compensationClaimed: r.compensated === true,
    email: r.email,
    einvoiceAddress: r.einvoice_address,
    einvoiceOperator: r.einvoice_operator,
    onMissingRate: r.on_missing_rate === "send_flagged" ? "send_flagged" : "hold",
  }));
}

/** Every invoice due for a reminder today, in one set-based statement. */
export function selectDueCandidates(
  db: DbOrTx,
  today: IsoDate,
  options: { organizationId?: string } = {},
): Promise<ReminderCandidate[]> {
  return selectReminderCandidates(db, today, { kind: "due", organizationId: options.organizationId });
}

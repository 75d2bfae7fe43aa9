import { addDays, toHelsinkiWallClock } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { planReminder } from "@reskontra/worker/reminders";
import { requireActive, type TenantContext } from "./access";
import type { DryRunItem } from "./outputs";

/** Paid invoices this recent are listed as skipped ("paid"), so the admin sees why they got nothing. */
const PAID_LOOKBACK_DAYS = 60;

type Row = {
  invoice_id: string;
  invoice_number: string | null;
  status: string;
  customer_name: string;
  due_date: string;
  sent_date: string | null;
  open_cents: string | number;
  dates: string[] | null;
  compensated: boolean;
  email: string | null;
  einvoice_address: string | null;
  einvoice_operator: string | null;
  rule_id: string | null;
  rule: Record<string, unknown> | null;
};

const ORDER: Record<DryRunItem["outcome"], number> = {
  send: 0,
  too_early: 1,
  interval: 2,
  below_minimum: 3,
  count_reached: 4,
  blocked: 5,
  paid: 6,
};

/**
 * "What would be sent today": every open invoice of the company (and the recently paid) with the
 * reminder the run would make, or why not. The same planner as the run decides, so the two agree.
 */
export async function dryRun(ctx: TenantContext): Promise<DryRunItem[]> {
  const organizationId = ctx.tenant.organizationId;
  await requireActive(ctx.db, organizationId);
  const today = toHelsinkiWallClock(ctx.clock().getTime()).date;
  const rows = await queryRows<Row>(
    ctx.db,
    sql`SELECT i.id AS invoice_id, i.invoice_number, i.status, c.name AS customer_name,
          to_char(i.due_date, 'YYYY-MM-DD') AS due_date,
          to_char((i.sent_at AT TIME ZONE 'Europe/Helsinki')::date, 'YYYY-MM-DD') AS sent_date,
          i.gross_cents - i.paid_cents AS open_cents,
          (SELECT array_agg(to_char(m.run_date, 'YYYY-MM-DD') ORDER BY m.sequence) FROM reminders m WHERE m.invoice_id = i.id) AS dates,
          EXISTS (SELECT 1 FROM reminders m WHERE m.invoice_id = i.id AND m.compensation_cents > 0) AS compensated,
          i.buyer_snapshot->>'email' AS email,
          i.buyer_snapshot->>'einvoiceAddress' AS einvoice_address,
          i.buyer_snapshot->>'einvoiceOperator' AS einvoice_operator,
          r.id AS rule_id, to_jsonb(r.*) AS rule
        FROM invoices i
        JOIN customers c ON c.id = i.customer_id
        LEFT JOIN reminder_rules r ON r.id = c.reminder_rule_id AND r.deleted_at IS NULL
        WHERE i.organization_id = ${organizationId} AND i.kind = 'invoice'
          AND (i.status = 'sent' OR (i.status = 'paid' AND i.due_date < ${today}::date
               AND i.due_date >= ${addDays(today, -PAID_LOOKBACK_DAYS)}::date))
        ORDER BY i.due_date, i.invoice_number
        LIMIT 5000`,
  );
  const items = rows.map((row): DryRunItem => {
    const openCents = Number(row.open_cents);
    const base = {
      invoiceId: row.invoice_id,
      invoiceNumber: row.invoice_number,
      customerName: row.customer_name,
      dueDate: row.due_date,
      openCents,
      ruleId: row.rule_id,
      ruleName: typeof row.rule?.name === "string" ? row.rule.name : null,
      sequence: null,
      feeCents: null,
      interestCents: null,
      compensationCents: null,
      channel: null,
      newDueDate: null,
      earliestDate: null,
    };
    if (row.status === "paid" || openCents <= 0) return { ...base, outcome: "paid" };
    if (!row.rule) return { ...base, outcome: "blocked" };
    const plan = planReminder({
      invoice: { dueDate: row.due_date, sentDate: row.sent_date, openCents },
      rule: fromJsonRule(row.rule),
      history: (row.dates ?? []).map((sentDate) => ({ sentDate, feeCents: 0 })),
      buyer: { email: row.email, einvoiceAddress: row.einvoice_address, einvoiceOperator: row.einvoice_operator },
      today,
      claimCompensation: row.rule.claim_compensation === true,
      compensationClaimed: row.compensated,
    });
    if (!plan.ok) return { ...base, outcome: plan.reason, earliestDate: plan.earliestDate };
    return {
      ...base,
      outcome: "send",
      sequence: plan.sequence,
      feeCents: plan.feeCents,
      interestCents: plan.interestCents,
      compensationCents: plan.compensationCents,
      channel: plan.channel,
      newDueDate: plan.newDueDate,
    };
  });
  return items.sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
}

/** to_jsonb gives the columns by their SQL names; the planner wants the rule's fields. */
function fromJsonRule(j: Record<string, unknown>) {
  const num = (k: string) => Number(j[k]);
  const text = (k: string) => String(j[k]);
  return {
    name: text("name"),
    customerKind: text("customer_kind") === "consumer" ? ("consumer" as const) : ("business" as const),
    feeCents: num("fee_cents"),
    daysAfterDue: num("days_after_due"),
    minimumAmountCents: num("minimum_amount_cents"),
    channel: (["email", "post", "einvoice"] as const).find((c) => c === j.channel) ?? "post",
    maxCount: num("max_count"),
    intervalDays: num("interval_days"),
  };
}

import { toHelsinkiWallClock } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import type { SettlementStatementDocument } from "@reskontra/documents";
import type { UseCaseDeps } from "../deps";

interface LineRow extends Record<string, unknown> {
  settlement_id: string;
  provider_id: string;
  period: string;
  run_at: Date | string;
  organizer_name: string;
  provider_name: string;
  provider_business_id: string | null;
  approved_cents: string | number;
  credit_cents: string | number;
  carried_in_cents: string | number;
  payable_cents: string | number;
  carried_out_cents: string | number;
  paid_on: string | null;
}

/** The settlement statement of one provider's line, or null when there is no such line. */
export async function loadSettlementStatement(
  { db }: Pick<UseCaseDeps, "db">,
  { lineId, language }: { lineId: string; language: "fi" | "en" },
): Promise<SettlementStatementDocument | null> {
  const [line] = await queryRows<LineRow>(
    db,
    sql`SELECT l.settlement_id, l.provider_id, s.period, s.run_at, o.name AS organizer_name, p.name AS provider_name,
               p.business_id AS provider_business_id, l.approved_cents, l.credit_cents, l.carried_in_cents,
               l.payable_cents, l.carried_out_cents, l.paid_on::text AS paid_on
        FROM voucher_settlement_lines l
        JOIN voucher_settlements s ON s.id = l.settlement_id
        JOIN organizations o ON o.id = s.organization_id
        JOIN organizations p ON p.id = l.provider_id
        WHERE l.id = ${lineId}`,
  );
  if (!line) return null;
  const events = await queryRows<{
    date: string;
    voucher_number: string;
    client_name: string;
    customer_number: string | null;
    content: string;
    voucher_value_cents: string | number;
  }>(
    db,
    sql`SELECT e.event_date::text AS date, pp.voucher_number, c.name AS client_name, n.customer_number, e.content,
               e.voucher_value_cents
        FROM voucher_events e
        JOIN voucher_purchasing_powers pp ON pp.id = e.purchasing_power_id
        JOIN voucher_clients c ON c.id = e.client_id
        LEFT JOIN voucher_client_numbers n ON n.client_id = e.client_id AND n.provider_id = e.provider_id
        WHERE e.settlement_id = ${line.settlement_id} AND e.provider_id = ${line.provider_id}
        ORDER BY e.event_date, e.starts_at, e.id`,
  );
  const credits = await queryRows<{
    event_date: string;
    voucher_number: string;
    reason_code: string;
    explanation: string;
    amount_cents: string | number;
  }>(
    db,
    sql`SELECT e.event_date::text AS event_date, pp.voucher_number, cr.reason_code, cr.explanation, cr.amount_cents
        FROM voucher_credits cr
        JOIN voucher_events e ON e.id = cr.event_id
        JOIN voucher_purchasing_powers pp ON pp.id = e.purchasing_power_id
        WHERE cr.settlement_id = ${line.settlement_id} AND cr.provider_id = ${line.provider_id}
        ORDER BY cr.created_at, cr.id`,
  );
  const runAt = line.run_at instanceof Date ? line.run_at : new Date(line.run_at);
  return {
    language,
    organizerName: line.organizer_name,
    providerName: line.provider_name,
    providerBusinessId: line.provider_business_id,
    period: line.period,
    runDate: toHelsinkiWallClock(runAt.getTime()).date,
    events: events.map((e) => ({
      date: e.date,
      voucherNumber: e.voucher_number,
      clientName: e.client_name,
      customerNumber: e.customer_number,
      content: e.content,
      voucherValueCents: Number(e.voucher_value_cents),
    })),
    credits: credits.map((c) => ({
      eventDate: c.event_date,
      voucherNumber: c.voucher_number,
      reasonCode: c.reason_code,
      explanation: c.explanation,
      amountCents: Number(c.amount_cents),
    })),
    approvedCents: Number(line.approved_cents),
    creditCents: Number(line.credit_cents),
    carriedInCents: Number(line.carried_in_cents),
    payableCents: Number(line.payable_cents),
    carriedOutCents: Number(line.carried_out_cents),
    paidOn: line.paid_on,
  };
}

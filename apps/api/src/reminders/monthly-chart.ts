import { sql } from "drizzle-orm";
import { helsinkiToday } from "@reskontra/domain";
import { queryRows } from "@reskontra/db";
import type { TenantContext } from "./access";

/**
 * Reminders sent and their fees in each of the last 12 months (Helsinki), this month last, months
 * without reminders as zeros: one set-wise query over a series of months, for the monthly chart.
 */
export async function lastTwelveMonths(ctx: TenantContext) {
  const thisMonth = `${helsinkiToday(ctx.clock()).slice(0, 7)}-01`;
  const rows = await queryRows<{
    month: string;
    sent_count: number | string;
    fee_cents: number | string;
    transaction_fee_cents: number | string;
  }>(
    ctx.db,
    sql`WITH months AS (
          SELECT to_char(m, 'YYYY-MM') AS month
          FROM generate_series(${thisMonth}::date - interval '11 months', ${thisMonth}::date, interval '1 month') AS m
        ), sent AS (
          SELECT to_char(sent_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month, count(*) AS sent_count,
                 sum(fee_cents) AS fee_cents, sum(transaction_fee_cents) AS transaction_fee_cents
          FROM reminders
          WHERE organization_id = ${ctx.tenant.organizationId} AND sent_at IS NOT NULL
            AND sent_at >= (${thisMonth}::date - interval '11 months') AT TIME ZONE 'Europe/Helsinki'
          GROUP BY 1
        )
        SELECT months.month, coalesce(sent.sent_count, 0) AS sent_count, coalesce(sent.fee_cents, 0) AS fee_cents,
               coalesce(sent.transaction_fee_cents, 0) AS transaction_fee_cents
        FROM months LEFT JOIN sent ON sent.month = months.month
        ORDER BY months.month`,
  );
  return rows.map((r) => ({
    month: r.month,
    sentCount: Number(r.sent_count),
    feeCents: Number(r.fee_cents),
    transactionFeeCents: Number(r.transaction_fee_cents),
  }));
}

import { sql, type SQL } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@reskontra/db";
import { helsinkiToday, type OrganizerContext, type ProviderContext } from "./context";
import { visibleToProvider } from "./visibility";

/** The most clients a usage chart shows: those with the least left first, the ones to act on. */
export const USAGE_CLIENT_LIMIT = 20;

interface UsageRow extends Record<string, unknown> {
  client_id: string;
  client_name: string;
  unit: string;
  granted_milli: string | number;
  used_milli: string | number;
}

/**
 * Voucher usage per client and service unit ("h", "käynti"): granted, used (every event not
 * rejected) and remaining units of the unit vouchers in force today. One grouped query; `scope`
 * narrows the powers (alias `p`) to the caller's.
 */
async function usageOf(db: DbOrTx, scope: SQL, today: string, serviceId: string | undefined) {
  const service = serviceId ? sql`AND p.service_id = ${serviceId}` : sql``;
  const rows = await queryRows<UsageRow>(
    db,
    sql`WITH powers AS (
          SELECT p.id, p.client_id, p.quantity_milli, s.unit
          FROM voucher_purchasing_powers p
          JOIN voucher_services s ON s.id = p.service_id
          WHERE ${scope} AND p.kind = 'units' AND p.status <> 'closed'
            AND p.valid_from <= ${today} AND p.valid_to >= ${today} ${service}
        ), used AS (
          SELECT e.purchasing_power_id, sum(e.units_milli) AS used_milli
          FROM voucher_events e JOIN powers ON powers.id = e.purchasing_power_id
          WHERE e.state <> 'rejected'
          GROUP BY e.purchasing_power_id
        )
        SELECT c.id AS client_id, c.name AS client_name, powers.unit,
               sum(powers.quantity_milli) AS granted_milli, coalesce(sum(used.used_milli), 0) AS used_milli
        FROM powers
        JOIN voucher_clients c ON c.id = powers.client_id
        LEFT JOIN used ON used.purchasing_power_id = powers.id
        GROUP BY c.id, c.name, powers.unit
        ORDER BY sum(powers.quantity_milli) - coalesce(sum(used.used_milli), 0), c.name, c.id, powers.unit
        LIMIT ${USAGE_CLIENT_LIMIT}`,
  );
  return rows.map((r) => {
    const granted = Number(r.granted_milli);
    const used = Number(r.used_milli);
    return {
      clientId: r.client_id,
      clientName: r.client_name,
      unit: r.unit,
      grantedUnits: granted / 1000,
      usedUnits: used / 1000,
      remainingUnits: (granted - used) / 1000,
    };
  });
}

/** The county's clients' voucher usage. */
export async function organizerVoucherUsage(ctx: OrganizerContext, input: { serviceId?: string | undefined }) {
  return usageOf(ctx.db, sql`p.organization_id = ${ctx.tenant.organizationId}`, helsinkiToday(ctx), input.serviceId);
}

/** Usage of the vouchers this provider may use, for the clients it sees (the visibility rule). */
export async function providerVoucherUsage(ctx: ProviderContext, input: { serviceId?: string | undefined }) {
  const providerId = ctx.tenant.organizationId;
  const today = helsinkiToday(ctx);
  const scope = sql`(p.provider_id IS NULL OR p.provider_id = ${providerId})
                    AND ${visibleToProvider(sql`p.client_id`, providerId, today)}`;
  return usageOf(ctx.db, scope, today, input.serviceId);
}

interface TotalRow extends Record<string, unknown> {
  period: string;
  provider_id: string;
  provider_name: string;
  approved_cents: string | number;
  credit_cents: string | number;
  payable_cents: string | number;
}

/** Settlement totals per month and provider from the county's settlement lines, one grouped query. */
export async function settlementTotals(ctx: OrganizerContext, input: { from: string; to: string }) {
  const rows = await queryRows<TotalRow>(
    ctx.db,
    sql`SELECT s.period, l.provider_id, o.name AS provider_name, sum(l.approved_cents) AS approved_cents,
               sum(l.credit_cents) AS credit_cents, sum(l.payable_cents) AS payable_cents
        FROM voucher_settlements s
        JOIN voucher_settlement_lines l ON l.settlement_id = s.id
        JOIN organizations o ON o.id = l.provider_id
        WHERE s.organization_id = ${ctx.tenant.organizationId} AND s.period >= ${input.from} AND s.period <= ${input.to}
        GROUP BY s.period, l.provider_id, o.name
        ORDER BY s.period, o.name, l.provider_id`,
  );
  return {
    from: input.from,
    to: input.to,
    rows: rows.map((r) => ({
      period: r.period,
      providerId: r.provider_id,
      providerName: r.provider_name,
      approvedCents: Number(r.approved_cents),
      creditCents: Number(r.credit_cents),
      payableCents: Number(r.payable_cents),
    })),
  };
}

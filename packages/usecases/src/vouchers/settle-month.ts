import { netSettlement, periodEnd, type Period } from "@reskontra/domain";
import { and, eq, sql } from "drizzle-orm";
import { queryRows, voucherSettlementLines, voucherSettlements, writeAudit, type DbOrTx } from "@reskontra/db";
import type { UseCaseDeps } from "../deps";
import { settleableEvents } from "./settle-rule";

export interface SettleMonthInput {
  organizationId: string;
  period: Period;
  /** null when the monthly job runs it. */
  actorUserId: string | null;
  requestId?: string | null;
}

export interface SettlementLineResult {
  providerId: string;
  eventCount: number;
  approvedCents: number;
  creditCount: number;
  creditCents: number;
  carriedInCents: number;
  payableCents: number;
  carriedOutCents: number;
}

export interface SettleMonthResult {
  settlementId: string;
  /** False when the period was already settled: the run is idempotent. */
  created: boolean;
  lines: SettlementLineResult[];
}

interface GroupTotals extends Record<string, unknown> {
  provider_id: string;
  n: string | number;
  cents: string | number;
}

/**
 * The monthly settlement (tilitys) of one organizer, in one transaction:
 * 1. claims the period (a unique row per organizer and month, so a second run settles nothing);
 * 2. settles every approved event dated before the end of the period, late ones included
 *    (the WHERE clause is decideEventTransition's `settle` rule: approved → settled, by the system);
 * 3. executes every credit made since the last run and clears the events' "awaiting credit";
 * 4. nets per provider with the domain's netSettlement, carrying excess credit to the next month.
 * Steps 2–3 are set-based SQL; only the per-provider netting runs in JS (providers, not events).
 */
export async function settleMonth(
  { db, clock }: Pick<UseCaseDeps, "db" | "clock">,
  input: SettleMonthInput,
): Promise<SettleMonthResult> {
  const { organizationId, period } = input;
  const now = clock();
  const coversBefore = periodEnd(period);
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(voucherSettlements)
      .values({ organizationId, period, coversBefore, runAt: now, runBy: input.actorUserId, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: voucherSettlements.id });
    if (!claimed) return existingSettlement(tx, organizationId, period);
    const settlementId = claimed.id;

    // Settling and counting in one pass: the UPDATE's RETURNING feeds the per-provider sums, so the
    // million settled rows are not read a second time (settlement.bench.ts measured the difference).
    const eventTotals = await queryRows<GroupTotals>(
      tx,
      sql`
      WITH settled AS (
        UPDATE voucher_events SET state = 'settled', settlement_id = ${settlementId}, updated_at = ${at}::timestamptz
        WHERE ${settleableEvents(organizationId, coversBefore)}
        RETURNING provider_id, voucher_value_cents
      )
      SELECT provider_id, count(*) AS n, sum(voucher_value_cents) AS cents FROM settled GROUP BY provider_id`,
    );
    const creditTotals = await queryRows<GroupTotals>(
      tx,
      sql`
      WITH executed AS (
        UPDATE voucher_credits SET settlement_id = ${settlementId}
        WHERE organization_id = ${organizationId} AND settlement_id IS NULL AND created_at <= ${at}::timestamptz
        RETURNING provider_id, event_id, amount_cents
      ), cleared AS (
        UPDATE voucher_events SET awaiting_credit = false, updated_at = ${at}::timestamptz
        WHERE id IN (SELECT event_id FROM executed)
      )
      SELECT provider_id, count(*) AS n, -sum(amount_cents) AS cents FROM executed GROUP BY provider_id`,
    );
    const carried = await queryRows<{ provider_id: string; cents: string | number }>(
      tx,
      sql`
      SELECT DISTINCT ON (l.provider_id) l.provider_id, l.carried_out_cents AS cents
      FROM voucher_settlement_lines l JOIN voucher_settlements s ON s.id = l.settlement_id
      WHERE s.organization_id = ${organizationId} AND s.id <> ${settlementId}
      ORDER BY l.provider_id, s.period DESC`,
    );
    const byProvider = new Map<string, { events?: GroupTotals; credits?: GroupTotals; carriedIn: number }>();
    const entry = (providerId: string) => {
      const found = byProvider.get(providerId) ?? { carriedIn: 0 };
      byProvider.set(providerId, found);
      return found;
    };
    for (const t of eventTotals) entry(t.provider_id).events = t;
    for (const t of creditTotals) entry(t.provider_id).credits = t;
    for (const c of carried) if (Number(c.cents) > 0) entry(c.provider_id).carriedIn = Number(c.cents);
    const totals = [...byProvider].sort(([a], [b]) => (a < b ? -1 : 1));
    const lines = totals.map(([providerId, t]): SettlementLineResult => {
      const approvedCents = Number(t.events?.cents ?? 0);
      const creditCents = Number(t.credits?.cents ?? 0);
      const net = netSettlement({ approvedCents: [approvedCents], creditCents: [creditCents], carriedCreditCents: t.carriedIn });
      return {
        providerId,
        eventCount: Number(t.events?.n ?? 0),
        approvedCents,
        creditCount: Number(t.credits?.n ?? 0),
        creditCents,
        carriedInCents: t.carriedIn,
        payableCents: net.payableCents,
        carriedOutCents: net.carriedCreditCents,
      };
    });
    if (lines.length > 0) {
      await tx.insert(voucherSettlementLines).values(lines.map((line) => ({ ...line, settlementId })));
    }
    await writeAudit(tx, {
      at: now,
      actorUserId: input.actorUserId,
      organizationId,
      action: "voucher.settlement.run",
      entityType: "voucher_settlement",
      entityId: settlementId,
      after: {
        period,
        coversBefore,
        providers: lines.length,
        events: lines.reduce((n, l) => n + l.eventCount, 0),
        payableCents: lines.reduce((n, l) => n + l.payableCents, 0),
      },
      requestId: input.requestId ?? null,
    });
    return { settlementId, created: true, lines };
  });
}

async function existingSettlement(tx: DbOrTx, organizationId: string, period: Period): Promise<SettleMonthResult> {
  const [settlement] = await tx
    .select({ id: voucherSettlements.id })
    .from(voucherSettlements)
    .where(and(eq(voucherSettlements.organizationId, organizationId), eq(voucherSettlements.period, period)));
  if (!settlement) throw new Error("settlement conflict without a row");
  const rows = await tx.select().from(voucherSettlementLines).where(eq(voucherSettlementLines.settlementId, settlement.id));
  return {
    settlementId: settlement.id,
    created: false,
    lines: rows.map((r) => ({
      providerId: r.providerId,
      eventCount: r.eventCount,
      approvedCents: r.approvedCents,
      creditCount: r.creditCount,
      creditCents: r.creditCents,
      carriedInCents: r.carriedInCents,
      payableCents: r.payableCents,
      carriedOutCents: r.carriedOutCents,
    })),
  };
}

import { netSettlement } from "@reskontra/domain";
import { and, eq, sql } from "drizzle-orm";
import { queryRows, voucherSettlementLines, voucherSettlements, writeAudit, type Db, type DbOrTx } from "@reskontra/db";
import { periodEnd, type Period } from "./periods";

export interface SettleMonthInput {
  organizationId: string;
  period: Period;
  now: Date;
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

interface ProviderTotals extends Record<string, unknown> {
  provider_id: string;
  event_count: string | number;
  approved_cents: string | number;
  credit_count: string | number;
  credit_cents: string | number;
  carried_in_cents: string | number;
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
export async function settleMonth(db: Db, input: SettleMonthInput): Promise<SettleMonthResult> {
  const { organizationId, period, now } = input;
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

    await tx.execute(sql`
      UPDATE voucher_events SET state = 'settled', settlement_id = ${settlementId}, updated_at = ${at}::timestamptz
      WHERE organization_id = ${organizationId} AND state = 'approved' AND event_date < ${coversBefore}`);
    await tx.execute(sql`
      UPDATE voucher_credits SET settlement_id = ${settlementId}
      WHERE organization_id = ${organizationId} AND settlement_id IS NULL AND created_at <= ${at}::timestamptz`);
    await tx.execute(sql`
      UPDATE voucher_events SET awaiting_credit = false, updated_at = ${at}::timestamptz
      WHERE id IN (SELECT event_id FROM voucher_credits WHERE settlement_id = ${settlementId})`);

    const totals = await queryRows<ProviderTotals>(
      tx,
      sql`
      WITH ev AS (
        SELECT provider_id, count(*) AS n, sum(voucher_value_cents) AS cents
        FROM voucher_events WHERE settlement_id = ${settlementId} GROUP BY provider_id
      ), cr AS (
        SELECT provider_id, count(*) AS n, -sum(amount_cents) AS cents
        FROM voucher_credits WHERE settlement_id = ${settlementId} GROUP BY provider_id
      ), carry AS (
        SELECT DISTINCT ON (l.provider_id) l.provider_id, l.carried_out_cents AS cents
        FROM voucher_settlement_lines l JOIN voucher_settlements s ON s.id = l.settlement_id
        WHERE s.organization_id = ${organizationId} AND s.id <> ${settlementId}
        ORDER BY l.provider_id, s.period DESC
      ), providers AS (
        SELECT provider_id FROM ev UNION SELECT provider_id FROM cr UNION SELECT provider_id FROM carry WHERE cents > 0
      )
      SELECT p.provider_id,
        coalesce(ev.n, 0) AS event_count, coalesce(ev.cents, 0) AS approved_cents,
        coalesce(cr.n, 0) AS credit_count, coalesce(cr.cents, 0) AS credit_cents,
        coalesce(carry.cents, 0) AS carried_in_cents
      FROM providers p
      LEFT JOIN ev ON ev.provider_id = p.provider_id
      LEFT JOIN cr ON cr.provider_id = p.provider_id
      LEFT JOIN carry ON carry.provider_id = p.provider_id
      ORDER BY p.provider_id`,
    );
    const lines = totals.map((t): SettlementLineResult => {
      const approvedCents = Number(t.approved_cents);
      const creditCents = Number(t.credit_cents);
      const carriedInCents = Number(t.carried_in_cents);
      const net = netSettlement({
        approvedCents: [approvedCents],
        creditCents: [creditCents],
        carriedCreditCents: carriedInCents,
      });
      return {
        providerId: t.provider_id,
        eventCount: Number(t.event_count),
        approvedCents,
        creditCount: Number(t.credit_count),
        creditCents,
        carriedInCents,
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

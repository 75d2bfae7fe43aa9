import { renderSettlementStatementPdf } from "@reskontra/documents";
import { compareIsoDates, formatDate, formatPeriod, periodOf, previousPeriod, toHelsinkiWallClock } from "@reskontra/domain";
import { loadSettlementStatement, settleMonth } from "@reskontra/usecases/vouchers";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { queryRows, voucherSettlementLines, voucherSettlements, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import { helsinkiToday, type OrganizerContext, type ProviderContext } from "./context";

/**
 * The organizer runs a settlement by hand (the monthly job does the same on the settlement day).
 * Only a month that has ended, and never behind a later settled month; a month already settled
 * answers with that settlement, so pressing twice settles once.
 */
export async function runSettlement(ctx: OrganizerContext, requested?: string) {
  const organizationId = ctx.tenant.organizationId;
  const today = helsinkiToday(ctx);
  const period = requested ?? previousPeriod(today);
  // "YYYY-MM" strings order like the months they name.
  if (period >= periodOf(today)) {
    throw new AppError("SETTLEMENT_PERIOD_OPEN", {
      field: "period",
      params: { period: formatPeriod(period, "fi"), periodEn: formatPeriod(period, "en") },
    });
  }
  const [later] = await ctx.db
    .select({ period: voucherSettlements.period })
    .from(voucherSettlements)
    .where(and(eq(voucherSettlements.organizationId, organizationId), gt(voucherSettlements.period, period)))
    .limit(1);
  if (later) {
    throw new AppError("SETTLEMENT_PERIOD_PASSED", {
      field: "period",
      params: { later: formatPeriod(later.period, "fi"), laterEn: formatPeriod(later.period, "en") },
    });
  }
  const result = await settleMonth(ctx, {
    organizationId,
    period,
    actorUserId: ctx.auth.user.id,
    requestId: ctx.requestId,
  });
  return { settlementId: result.settlementId, period, created: result.created };
}

interface LineRow extends Record<string, unknown> {
  id: string;
  settlement_id: string;
  period: string;
  organizer_name: string;
  provider_id: string;
  provider_name: string;
  event_count: number;
  approved_cents: string | number;
  credit_count: number;
  credit_cents: string | number;
  carried_in_cents: string | number;
  payable_cents: string | number;
  carried_out_cents: string | number;
  paid_on: string | null;
}

function lineOf(r: LineRow) {
  return {
    id: r.id,
    settlementId: r.settlement_id,
    period: r.period,
    organizerName: r.organizer_name,
    providerId: r.provider_id,
    providerName: r.provider_name,
    eventCount: Number(r.event_count),
    approvedCents: Number(r.approved_cents),
    creditCount: Number(r.credit_count),
    creditCents: Number(r.credit_cents),
    carriedInCents: Number(r.carried_in_cents),
    payableCents: Number(r.payable_cents),
    carriedOutCents: Number(r.carried_out_cents),
    paidOn: r.paid_on,
  };
}

export type SettlementLineView = ReturnType<typeof lineOf>;

async function lines(ctx: { db: OrganizerContext["db"] }, where: ReturnType<typeof sql>) {
  const rows = await queryRows<LineRow>(
    ctx.db,
    sql`SELECT l.id, l.settlement_id, s.period, o.name AS organizer_name, l.provider_id, p.name AS provider_name,
               l.event_count, l.approved_cents, l.credit_count, l.credit_cents, l.carried_in_cents, l.payable_cents,
               l.carried_out_cents, l.paid_on::text AS paid_on
        FROM voucher_settlement_lines l
        JOIN voucher_settlements s ON s.id = l.settlement_id
        JOIN organizations o ON o.id = s.organization_id
        JOIN organizations p ON p.id = l.provider_id
        WHERE ${where}
        ORDER BY s.period DESC, p.name`,
  );
  return rows.map(lineOf);
}

/** The organizer's settlements, newest first, each with its provider lines. */
export async function organizerSettlements(ctx: OrganizerContext) {
  const settlements = await ctx.db
    .select()
    .from(voucherSettlements)
    .where(eq(voucherSettlements.organizationId, ctx.tenant.organizationId))
    .orderBy(desc(voucherSettlements.period))
    .limit(36);
  const all = await lines(ctx, sql`s.organization_id = ${ctx.tenant.organizationId}`);
  return settlements.map((s) => ({
    id: s.id,
    period: s.period,
    coversBefore: s.coversBefore,
    runAt: s.runAt,
    automatic: s.runBy === null,
    lines: all.filter((l) => l.settlementId === s.id),
  }));
}

/** The provider's statements from every organizer it serves. */
export async function providerStatements(ctx: ProviderContext) {
  return lines(ctx, sql`l.provider_id = ${ctx.tenant.organizationId}`);
}

async function statementPdf(ctx: OrganizerContext | ProviderContext, lineId: string) {
  const doc = await loadSettlementStatement(ctx, { lineId, language: ctx.locale });
  if (!doc) throw new AppError("SETTLEMENT_NOT_FOUND", { field: "lineId" });
  const pdf = await renderSettlementStatementPdf(doc);
  return { fileName: `tilitys-${doc.period}.pdf`, pdfBase64: pdf.toString("base64") };
}

/** The statement PDF of a line of this organizer's settlements. */
export async function organizerStatementPdf(ctx: OrganizerContext, lineId: string) {
  const [own] = await lines(ctx, sql`l.id = ${lineId} AND s.organization_id = ${ctx.tenant.organizationId}`);
  if (!own) throw new AppError("SETTLEMENT_NOT_FOUND", { field: "lineId" });
  return statementPdf(ctx, lineId);
}

/** The statement PDF of one of this provider's own lines. */
export async function providerStatementPdf(ctx: ProviderContext, lineId: string) {
  const [own] = await lines(ctx, sql`l.id = ${lineId} AND l.provider_id = ${ctx.tenant.organizationId}`);
  if (!own) throw new AppError("SETTLEMENT_NOT_FOUND", { field: "lineId" });
  return statementPdf(ctx, lineId);
}

/**
 * Records that the organizer paid a provider's settlement line: the line is paid and its settled
 * events become paid (decideEventTransition's `pay`: settled → paid, applied set-wise).
 */
export async function recordSettlementPayment(ctx: OrganizerContext, lineId: string, paidOn: string) {
  const now = ctx.clock();
  const today = helsinkiToday(ctx);
  if (compareIsoDates(paidOn, today) > 0) {
    throw new AppError("PAYMENT_DATE_IN_FUTURE", {
      field: "paidOn",
      params: { today: formatDate(today, "fi"), todayEn: formatDate(today, "en") },
    });
  }
  return ctx.db.transaction(async (tx) => {
    const [line] = await queryRows<{
      id: string;
      settlement_id: string;
      provider_id: string;
      paid_at: Date | null;
      run_at: Date | string;
    }>(
      tx,
      sql`SELECT l.id, l.settlement_id, l.provider_id, l.paid_at, s.run_at FROM voucher_settlement_lines l
          JOIN voucher_settlements s ON s.id = l.settlement_id
          WHERE l.id = ${lineId} AND s.organization_id = ${ctx.tenant.organizationId}
          FOR UPDATE OF l`,
    );
    if (!line) throw new AppError("SETTLEMENT_NOT_FOUND", { field: "lineId" });
    if (line.paid_at) throw new AppError("SETTLEMENT_ALREADY_PAID", { field: "lineId" });
    // The settlement date is the Helsinki day the run settled the month; money cannot arrive before it.
    const settledOn = toHelsinkiWallClock(new Date(line.run_at).getTime()).date;
    if (compareIsoDates(paidOn, settledOn) < 0) {
      throw new AppError("PAYMENT_BEFORE_SETTLEMENT", {
        field: "paidOn",
        params: { settledOn: formatDate(settledOn, "fi"), settledOnEn: formatDate(settledOn, "en") },
      });
    }
    await tx.update(voucherSettlementLines).set({ paidOn, paidAt: now }).where(eq(voucherSettlementLines.id, lineId));
    const paid = await queryRows<{ id: string }>(
      tx,
      sql`UPDATE voucher_events SET state = 'paid', updated_at = ${now.toISOString()}::timestamptz
          WHERE settlement_id = ${line.settlement_id} AND provider_id = ${line.provider_id} AND state = 'settled'
          RETURNING id`,
    );
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: ctx.tenant.organizationId,
      action: "voucher.settlement.paid",
      entityType: "voucher_settlement_line",
      entityId: lineId,
      after: { paidOn, events: paid.length },
      requestId: ctx.requestId,
    });
    return { lineId, paidOn, events: paid.length };
  });
}

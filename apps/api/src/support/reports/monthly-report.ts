import { supportCallbacks, supportCalls, supportLines, supportTickets, type DbOrTx } from "@reskontra/db";
import {
  computeMonthlyReport,
  reportMonthBounds,
  type MonthlyReport,
  type ReportMonth,
  type TicketCategory,
} from "@reskontra/domain";
import { statusHistoryOf, ticketStatusHistory } from "@reskontra/usecases/support";
import { and, asc, count, gte, isNull, lt, sql } from "drizzle-orm";

export type SupportLineName = { code: string; nameFi: string; nameEn: string };

/**
 * The month's figures, read with set queries — the month's requests with their status
 * histories (`ticketStatusHistory`, no query per ticket), the calls counted per line and
 * category in SQL, the callbacks promised for the month — and computed by the domain at `now`.
 */
export async function loadMonthlyReport(
  db: DbOrTx,
  input: { month: ReportMonth; now: Date },
): Promise<{ report: MonthlyReport; lines: SupportLineName[] }> {
  const { from, to } = reportMonthBounds(input.month);
  const tickets = await db
    .select({
      channel: supportTickets.channel,
      category: supportTickets.category,
      priority: supportTickets.priority,
      status: supportTickets.status,
      createdAt: supportTickets.createdAt,
      firstResponseAt: supportTickets.firstResponseAt,
      resolvedAt: supportTickets.resolvedAt,
      history: ticketStatusHistory(),
    })
    .from(supportTickets)
    // A duplicate merged into another request is that request, not a second one.
    .where(and(gte(supportTickets.createdAt, from), lt(supportTickets.createdAt, to), isNull(supportTickets.mergedIntoTicketId)));

  const category = sql<TicketCategory | null>`coalesce(${supportTickets.category}, ${supportLines.defaultCategory})`;
  const calls = await db
    .select({ lineCode: supportLines.code, category, count: count() })
    .from(supportCalls)
    .innerJoin(supportLines, sql`${supportLines.id} = ${supportCalls.lineId}`)
    .leftJoin(supportTickets, sql`${supportTickets.id} = ${supportCalls.ticketId}`)
    .where(and(gte(supportCalls.startedAt, from), lt(supportCalls.startedAt, to)))
    .groupBy(supportLines.code, category);

  const callbacks = await db
    .select({ promisedAt: supportCallbacks.promisedAt, doneAt: supportCallbacks.doneAt, status: supportCallbacks.status })
    .from(supportCallbacks)
    .where(and(gte(supportCallbacks.promisedAt, from), lt(supportCallbacks.promisedAt, to)));

  const lines = await db
    .select({ code: supportLines.code, nameFi: supportLines.nameFi, nameEn: supportLines.nameEn })
    .from(supportLines)
    .orderBy(asc(supportLines.code));

  const report = computeMonthlyReport({
    month: input.month,
    tickets: tickets.map((t) => ({ ...t, history: statusHistoryOf(t.history) })),
    calls,
    callbacks,
    now: input.now,
  });
  return { report, lines };
}

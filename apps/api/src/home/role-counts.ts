import {
  addDays,
  formatIsoDate,
  helsinkiToday,
  helsinkiWallClockToEpoch,
  parseIsoDate,
  previousPeriod,
  REMINDER_TRANSACTION_FEE_CENTS,
  SAME_DAY_CUTOFF_MINUTE,
  type IsoDate,
} from "@reskontra/domain";
import { queryRows, type Db } from "@reskontra/db";
import { dueCondition, dueFrom } from "@reskontra/usecases/reminders";
import { settleableEvents } from "@reskontra/usecases/vouchers";
import { sql } from "drizzle-orm";
import type { HomeSummary } from "./outputs";

type Counts = Record<string, string | number | null>;
const n = (value: string | number | null | undefined) => Number(value ?? 0);

/** The unsent queue by the same-day promise (DESIGN.md §1): past the deadline, due by today's 15:00, later. */
export async function agentCounts(db: Db, now: Date): Promise<NonNullable<HomeSummary["agent"]>> {
  const at = now.toISOString();
  const cutoff = new Date(helsinkiWallClockToEpoch(helsinkiToday(now), SAME_DAY_CUTOFF_MINUTE)).toISOString();
  const [row] = await queryRows<Counts>(
    db,
    sql`SELECT
          (SELECT count(*) FROM invoices WHERE status = 'submitted' AND deadline_at <= ${at}::timestamptz) AS overdue,
          (SELECT count(*) FROM invoices WHERE status = 'submitted' AND deadline_at > ${at}::timestamptz AND deadline_at <= ${cutoff}::timestamptz) AS due_today,
          (SELECT count(*) FROM invoices WHERE status = 'submitted' AND (deadline_at IS NULL OR deadline_at > greatest(${at}::timestamptz, ${cutoff}::timestamptz))) AS later,
          (SELECT count(*) FROM alerts WHERE resolved_at IS NULL) AS open_alerts`,
  );
  return { overdue: n(row?.overdue), dueToday: n(row?.due_today), later: n(row?.later), openAlerts: n(row?.open_alerts) };
}

const REJECTED_SHOWN = 5;

/** The caller's own invoices by state; as a voucher provider, the organization's events under review and rejected. */
export async function userCounts(db: Db, userId: string, organizationId: string): Promise<NonNullable<HomeSummary["user"]>> {
  const [states, events, rejected] = await Promise.all([
    queryRows<{ status: string; n: string | number }>(
      db,
      sql`SELECT status::text AS status, count(*) AS n FROM invoices
          WHERE user_id = ${userId} AND organization_id = ${organizationId} GROUP BY status`,
    ),
    queryRows<Counts>(
      db,
      sql`SELECT count(*) FILTER (WHERE state = 'under_review') AS under_review,
                 count(*) FILTER (WHERE state = 'rejected') AS rejected,
                 (SELECT count(*) FROM organizer_providers WHERE provider_id = ${organizationId})
                   + (SELECT count(*) FROM voucher_service_prices WHERE provider_id = ${organizationId}) AS organizers
          FROM voucher_events WHERE provider_id = ${organizationId}`,
    ),
    queryRows<{ event_id: string; client_id: string; client_name: string; event_date: string; reason: string | null }>(
      db,
      sql`SELECT e.id AS event_id, e.client_id, c.name AS client_name, e.event_date::text AS event_date,
                 e.rejection_reason AS reason
          FROM voucher_events e JOIN voucher_clients c ON c.id = e.client_id
          WHERE e.provider_id = ${organizationId} AND e.state = 'rejected'
          ORDER BY e.updated_at DESC, e.id LIMIT ${REJECTED_SHOWN}`,
    ),
  ]);
  const byState = new Map(states.map((s) => [s.status, n(s.n)]));
  const of = (status: string) => byState.get(status) ?? 0;
  return {
    organizationId,
    invoices: {
      draft: of("draft"),
      submitted: of("submitted"),
      needs_correction: of("needs_correction"),
      sent: of("sent"),
      paid: of("paid"),
      credited: of("credited"),
    },
    voucherProvider: n(events[0]?.organizers) > 0,
    eventsUnderReview: n(events[0]?.under_review),
    eventsRejected: n(events[0]?.rejected),
    rejected: rejected.map((r) => ({
      eventId: r.event_id,
      clientId: r.client_id,
      clientName: r.client_name,
      eventDate: r.event_date,
      reason: r.reason,
    })),
  };
}

/**
 * The next settlement day (the organizer's day 4–8 of a month): this month's if it is still ahead and
 * last month is not settled yet, else next month's. It settles the month before it.
 */
function nextSettlementDay(today: IsoDate, day: number, settledPeriods: Set<string>) {
  const { year, month } = parseIsoDate(today);
  const thisMonth = formatIsoDate(year, month, day);
  const date =
    thisMonth >= today && !settledPeriods.has(previousPeriod(thisMonth))
      ? thisMonth
      : formatIsoDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, day);
  return { date, period: previousPeriod(date), coversBefore: `${date.slice(0, 7)}-01` };
}

export async function organizerCounts(
  db: Db,
  organizationId: string,
  today: IsoDate,
): Promise<NonNullable<HomeSummary["organizer"]>> {
  const [queue, settings, settled] = await Promise.all([
    queryRows<Counts>(
      db,
      sql`SELECT count(*) AS n FROM voucher_events WHERE organization_id = ${organizationId} AND state = 'under_review'`,
    ),
    queryRows<{ settlement_day: number }>(
      db,
      sql`SELECT settlement_day FROM voucher_organizer_settings WHERE organization_id = ${organizationId}`,
    ),
    queryRows<{ period: string }>(
      db,
      sql`SELECT period FROM voucher_settlements WHERE organization_id = ${organizationId} AND period >= ${previousPeriod(addDays(today, -31))}`,
    ),
  ]);
  const day = settings[0]?.settlement_day;
  if (day === undefined) return { organizationId, reviewQueue: n(queue[0]?.n), nextSettlement: null };
  const next = nextSettlementDay(today, day, new Set(settled.map((s) => s.period)));
  const [amount] = await queryRows<Counts>(
    db,
    sql`SELECT
          (SELECT coalesce(sum(voucher_value_cents), 0) FROM voucher_events WHERE ${settleableEvents(organizationId, next.coversBefore)}) AS approved,
          (SELECT coalesce(sum(amount_cents), 0) FROM voucher_credits WHERE organization_id = ${organizationId} AND settlement_id IS NULL) AS credits`,
  );
  return {
    organizationId,
    reviewQueue: n(queue[0]?.n),
    nextSettlement: { date: next.date, period: next.period, approvedCents: n(amount?.approved) + n(amount?.credits) },
  };
}

/** Reminders the daily run finds due today, by the run's own WHERE (select-candidates.ts), and their transaction fees. */
export async function companyAdminCounts(
  db: Db,
  organizationId: string,
  today: IsoDate,
): Promise<NonNullable<HomeSummary["companyAdmin"]>> {
  const [row] = await queryRows<Counts>(
    db,
    sql`SELECT
          (SELECT count(*) FROM reminder_settings WHERE organization_id = ${organizationId}) AS active,
          (SELECT count(*) FROM ${dueFrom("required")} WHERE ${dueCondition(today)} AND i.organization_id = ${organizationId}) AS due`,
  );
  const due = n(row?.due);
  return {
    organizationId,
    active: n(row?.active) > 0,
    remindersDueToday: due,
    feeCents: REMINDER_TRANSACTION_FEE_CENTS,
    costCents: due * REMINDER_TRANSACTION_FEE_CENTS,
  };
}

/** Development suggestions waiting for the product team's monthly review (merged ones are done with). */
export async function productCounts(db: Db): Promise<NonNullable<HomeSummary["product"]>> {
  const [row] = await queryRows<Counts>(
    db,
    sql`SELECT count(*) FILTER (WHERE status = 'new') AS fresh, count(*) FILTER (WHERE status = 'under_review') AS reviewing
        FROM support_suggestions WHERE merged_into_suggestion_id IS NULL`,
  );
  return { suggestionsNew: n(row?.fresh), suggestionsUnderReview: n(row?.reviewing) };
}

export async function platformCounts(db: Db): Promise<NonNullable<HomeSummary["platform"]>> {
  const [row] = await queryRows<Counts>(
    db,
    sql`SELECT count(*) AS total, count(*) FILTER (WHERE deactivated_at IS NULL) AS active FROM organizations`,
  );
  return { organizations: n(row?.total), active: n(row?.active) };
}

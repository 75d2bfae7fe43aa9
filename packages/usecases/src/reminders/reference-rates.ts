import { asc, sql } from "drizzle-orm";
import { queryRows, referenceRates, type DbOrTx } from "@reskontra/db";
import type { HalfYearSpan, ReferenceRatePeriod } from "@reskontra/domain";

/** The reference rates as the platform administrator keeps them: the only rates the run uses. */
export async function loadReferenceRates(db: DbOrTx): Promise<ReferenceRatePeriod[]> {
  const rows = await db.select().from(referenceRates).orderBy(asc(referenceRates.fromDate));
  return rows.map((r) => ({ from: r.fromDate, to: r.toDate, rateBp: r.rateBp, source: r.source }));
}

/** "1.7.–31.12.2026": how a half-year is named to people, in either language. */
export function halfYearLabel(h: Pick<HalfYearSpan, "year" | "half">): string {
  return h.half === 1 ? `1.1.–30.6.${h.year}` : `1.7.–31.12.${h.year}`;
}

export const RATE_MISSING_NOTICE = "reminders.rate_missing";

/**
 * Tells the platform administrators and, when a company is named, that company's reminder admins
 * that a reference rate is missing: one notice per person, company, half-years and outcome (per day
 * for the run's, once for the sweep's), so a rerun or a second invoice adds nothing. Notices are a
 * kind and params; the web words them.
 */
export async function noticeMissingRate(
  tx: DbOrTx,
  input: {
    now: Date;
    today: string;
    missing: readonly Pick<HalfYearSpan, "year" | "half">[];
    organizationId: string | null;
    /**
     * Held: reminders waiting for the rate; flagged: sent without interest (both from the run, once a
     * day). Upcoming: the next half-year begins within the sweep's horizon; current: the half-year
     * has begun without its rate (both from the sweep, once per half-year).
     */
    outcome: "held" | "flagged" | "upcoming" | "current";
    invoiceCount: number;
  },
): Promise<number> {
  const periods = [...new Set(input.missing.map(halfYearLabel))].join(", ");
  const daily = input.outcome === "held" || input.outcome === "flagged";
  const key = `${input.organizationId ?? "platform"}:${periods}:${input.outcome}${daily ? `:${input.today}` : ""}`;
  const params = JSON.stringify({ key, periods, outcome: input.outcome, count: input.invoiceCount });
  const companyAdmins = input.organizationId
    ? sql`OR (m.organization_id = ${input.organizationId} AND m.role IN ('company_admin', 'accounting_admin', 'user_manager'))`
    : sql``;
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO notifications (user_id, kind, params, created_at)
        SELECT DISTINCT m.user_id, ${RATE_MISSING_NOTICE}, ${params}::jsonb, ${input.now.toISOString()}::timestamptz
        FROM memberships m JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
        WHERE (m.role = 'platform_admin' ${companyAdmins})
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = m.user_id
                          AND n.kind = ${RATE_MISSING_NOTICE} AND n.params->>'key' = ${key})
        RETURNING id`,
  );
  return rows.length;
}

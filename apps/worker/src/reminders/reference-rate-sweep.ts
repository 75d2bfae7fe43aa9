import { daysBetween, halfYearOf, nextHalfYear, rateOn, type HalfYearSpan } from "@reskontra/domain";
import { loadReferenceRates, noticeMissingRate } from "@reskontra/usecases/reminders";
import type { JobContext } from "../jobs/job-context";
import { helsinkiDate } from "../jobs/raise-alert";

/** How long before a half-year begins the platform administrators are told its rate is not entered. */
export const RATE_NOTICE_DAYS = 30;

/**
 * Tells the platform administrators, before a half-year begins, that its reference rate is not yet
 * entered, and again if it began without one (then the run holds or flags reminders that need it).
 * Each half-year's notice goes once per person, so a daily sweep does not repeat itself.
 */
export async function sweepReferenceRatesJob(ctx: JobContext): Promise<{ current: HalfYearSpan | null; upcoming: HalfYearSpan | null }> {
  const now = ctx.clock();
  const today = helsinkiDate(now);
  const rates = await loadReferenceRates(ctx.db);
  const current = halfYearOf(today);
  const next = nextHalfYear(current);
  const currentMissing = rateOn(rates, today) ? null : current;
  const upcomingMissing = !rateOn(rates, next.from) && daysBetween(today, next.from) <= RATE_NOTICE_DAYS ? next : null;
  await ctx.db.transaction(async (tx) => {
    if (currentMissing) {
      await noticeMissingRate(tx, { now, today, missing: [currentMissing], organizationId: null, outcome: "current", invoiceCount: 0 });
    }
    if (upcomingMissing) {
      await noticeMissingRate(tx, { now, today, missing: [upcomingMissing], organizationId: null, outcome: "upcoming", invoiceCount: 0 });
    }
  });
  if (currentMissing || upcomingMissing) {
    ctx.logger.warn({ current: currentMissing?.from ?? null, upcoming: upcomingMissing?.from ?? null }, "reference rate not entered");
  }
  return { current: currentMissing, upcoming: upcomingMissing };
}

import { toHelsinkiWallClock, type InterestPeriod, type ReminderChannel, type SkipReason } from "@reskontra/domain";
import type { UseCaseDeps } from "../deps";
import { loadCandidateRules, planCandidate } from "./plan-candidates";
import { halfYearLabel, loadReferenceRates } from "./reference-rates";
import { selectReminderCandidates } from "./select-candidates";

export interface DryRunItem {
  invoiceId: string;
  invoiceNumber: string | null;
  customerName: string;
  dueDate: string;
  openCents: number;
  ruleId: string | null;
  ruleName: string | null;
  outcome: "send" | SkipReason;
  sequence: number | null;
  feeCents: number | null;
  interestCents: number | null;
  compensationCents: number | null;
  channel: ReminderChannel | null;
  newDueDate: string | null;
  earliestDate: string | null;
  /** The interest by half-year the reminder would carry. */
  interestPeriods: InterestPeriod[];
  /** Half-years whose reference rate is missing ("1.7.–31.12.2026"): held, or sent without interest and flagged. */
  interestMissing: string[];
}

const ORDER: Record<DryRunItem["outcome"], number> = {
  send: 0,
  too_early: 1,
  interval: 2,
  below_minimum: 3,
  count_reached: 4,
  blocked: 5,
  paid: 6,
  rate_missing: 0,
};

/**
 * "What would be sent today": every open invoice of the company (and the recently paid) with the
 * reminder the run would make, or why not. The candidates come from the run's query and are planned
 * by the run's planner, so the two agree. The caller checks that reminders are active.
 */
export async function dryRunReminders(
  { db, clock }: Pick<UseCaseDeps, "db" | "clock">,
  { organizationId }: { organizationId: string },
): Promise<DryRunItem[]> {
  const today = toHelsinkiWallClock(clock().getTime()).date;
  const candidates = await selectReminderCandidates(db, today, { kind: "review", organizationId });
  const rules = await loadCandidateRules(db, candidates);
  const rates = await loadReferenceRates(db);
  const items = candidates.map((candidate): DryRunItem => {
    const rule = candidate.ruleId ? rules.get(candidate.ruleId) : undefined;
    const base = {
      invoiceId: candidate.invoiceId,
      invoiceNumber: candidate.invoiceNumber,
      customerName: candidate.customerName,
      dueDate: candidate.dueDate,
      openCents: candidate.openCents,
      ruleId: candidate.ruleId,
      ruleName: rule?.name ?? null,
      sequence: null,
      feeCents: null,
      interestCents: null,
      compensationCents: null,
      channel: null,
      newDueDate: null,
      earliestDate: null,
      interestPeriods: [],
      interestMissing: [],
    };
    if (candidate.status === "paid" || candidate.openCents <= 0) return { ...base, outcome: "paid" };
    if (!rule) return { ...base, outcome: "blocked" };
    const plan = planCandidate(candidate, rule, today, rates);
    if (!plan.ok) {
      const interestMissing = (plan.interestMissing ?? []).map(halfYearLabel);
      return { ...base, outcome: plan.reason, earliestDate: plan.earliestDate, interestMissing };
    }
    return {
      ...base,
      outcome: "send",
      sequence: plan.sequence,
      feeCents: plan.feeCents,
      interestCents: plan.interestCents,
      compensationCents: plan.compensationCents,
      channel: plan.channel,
      newDueDate: plan.newDueDate,
      interestPeriods: plan.interestPeriods,
      interestMissing: plan.interestMissing.map(halfYearLabel),
    };
  });
  return items.sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
}

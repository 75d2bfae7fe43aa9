import type { HalfYearSpan, IsoDate, ReminderPlan } from "@reskontra/domain";
import type { UseCaseDeps } from "../deps";
import { loadCandidateRules, planCandidate } from "./plan-candidates";
import { loadReferenceRates } from "./reference-rates";
import type { ReminderRuleRow } from "./rule-of-row";
import { selectReminderCandidates, type ReminderCandidate } from "./select-candidates";

export interface PlannedReminder {
  candidate: ReminderCandidate;
  rule: ReminderRuleRow;
  plan: Extract<ReminderPlan, { ok: true }>;
}

/** A due reminder the run held back because its late interest needs a reference rate not yet entered. */
export interface HeldReminder {
  candidate: ReminderCandidate;
  missing: HalfYearSpan[];
}

/** The daily run's planning half: SQL finds the due invoices set-wise; the domain confirms each one and fixes its amounts. */
export async function planDueReminders(
  { db }: Pick<UseCaseDeps, "db">,
  { today, organizationId }: { today: IsoDate; organizationId?: string },
): Promise<{ candidates: number; planned: PlannedReminder[]; held: HeldReminder[] }> {
  const candidates = await selectReminderCandidates(db, today, { kind: "due", organizationId });
  const rules = await loadCandidateRules(db, candidates);
  const rates = await loadReferenceRates(db);
  const planned: PlannedReminder[] = [];
  const held: HeldReminder[] = [];
  for (const candidate of candidates) {
    const rule = candidate.ruleId ? rules.get(candidate.ruleId) : undefined;
    if (!rule) continue;
    const plan = planCandidate(candidate, rule, today, rates);
    if (plan.ok) planned.push({ candidate, rule, plan });
    else if (plan.reason === "rate_missing") held.push({ candidate, missing: plan.interestMissing ?? [] });
  }
  return { candidates: candidates.length, planned, held };
}

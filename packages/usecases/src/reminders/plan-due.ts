import type { IsoDate, ReminderPlan } from "@reskontra/domain";
import type { UseCaseDeps } from "../deps";
import { loadCandidateRules, planCandidate } from "./plan-candidates";
import type { ReminderRuleRow } from "./rule-of-row";
import { selectReminderCandidates, type ReminderCandidate } from "./select-candidates";

export interface PlannedReminder {
  candidate: ReminderCandidate;
  rule: ReminderRuleRow;
  plan: Extract<ReminderPlan, { ok: true }>;
}

/** The daily run's planning half: SQL finds the due invoices set-wise; the domain confirms each one and fixes its amounts. */
export async function planDueReminders(
  { db }: Pick<UseCaseDeps, "db">,
  { today, organizationId }: { today: IsoDate; organizationId?: string },
): Promise<{ candidates: number; planned: PlannedReminder[] }> {
  const candidates = await selectReminderCandidates(db, today, { kind: "due", organizationId });
  const rules = await loadCandidateRules(db, candidates);
  const planned: PlannedReminder[] = [];
  for (const candidate of candidates) {
    const rule = candidate.ruleId ? rules.get(candidate.ruleId) : undefined;
    if (!rule) continue;
    const plan = planCandidate(candidate, rule, today);
    if (plan.ok) planned.push({ candidate, rule, plan });
  }
  return { candidates: candidates.length, planned };
}

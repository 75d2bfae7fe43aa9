import { inArray } from "drizzle-orm";
import { reminderRules, type DbOrTx } from "@reskontra/db";
import { planReminder, type IsoDate, type ReferenceRatePeriod, type ReminderPlan } from "@reskontra/domain";
import { reminderRuleOf, type ReminderRuleRow } from "./rule-of-row";
import type { ReminderCandidate } from "./select-candidates";

/** The one planner of reminders: what the domain makes of a candidate under its rule today. */
export function planCandidate(
  candidate: ReminderCandidate,
  rule: ReminderRuleRow,
  today: IsoDate,
  rates: readonly ReferenceRatePeriod[],
): ReminderPlan {
  const domainRule = reminderRuleOf(rule);
  return planReminder({
    invoice: { dueDate: candidate.dueDate, sentDate: candidate.sentDate, openCents: candidate.openCents },
    rule: domainRule,
    // Only the dates count for the due check; the fees of earlier reminders do not change it.
    history: candidate.history.map((sentDate) => ({ sentDate, feeCents: 0 })),
    buyer: candidate,
    today,
    claimCompensation: domainRule.claimCompensation,
    compensationClaimed: candidate.compensationClaimed,
    rates,
    onMissingRate: candidate.onMissingRate,
  });
}

/** The candidates' rules by id, read in chunks so a run over many companies stays within parameter limits. */
export async function loadCandidateRules(
  db: DbOrTx,
  candidates: readonly ReminderCandidate[],
): Promise<Map<string, ReminderRuleRow>> {
  const ruleIds = [...new Set(candidates.flatMap((c) => (c.ruleId ? [c.ruleId] : [])))];
  const rules = new Map<string, ReminderRuleRow>();
  for (let i = 0; i < ruleIds.length; i += 1000) {
    const rows = await db
      .select()
      .from(reminderRules)
      .where(inArray(reminderRules.id, ruleIds.slice(i, i + 1000)));
    for (const r of rows) rules.set(r.id, r);
  }
  return rules;
}

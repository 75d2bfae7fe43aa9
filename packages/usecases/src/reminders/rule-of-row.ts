import type { reminderRules } from "@reskontra/db";
import type { ReminderRule } from "@reskontra/domain";

export type ReminderRuleRow = typeof reminderRules.$inferSelect;

/** The rule as the domain reads it, plus whether it claims the fixed compensation (business rules). */
export type StoredReminderRule = ReminderRule & { claimCompensation: boolean };

/** The one mapping from a rule row to the domain's shape, for the run, the dry run and the rule forms. */
export function reminderRuleOf(row: ReminderRuleRow): StoredReminderRule {
  return {
    name: row.name,
    customerKind: row.customerKind,
    feeCents: row.feeCents,
    daysAfterDue: row.daysAfterDue,
    minimumAmountCents: row.minimumAmountCents,
    channel: row.channel,
    maxCount: row.maxCount,
    intervalDays: row.intervalDays,
    claimCompensation: row.claimCompensation,
  };
}

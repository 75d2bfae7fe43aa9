export { planReminder, resolveChannel, reminderInterest } from "./plan-reminder";
export type { ReminderPlan, SkipReason, ReminderBuyer } from "./plan-reminder";
export { runRemindersJob, planDueReminders, toDomainRule } from "./run-reminders";
export type { RunSummary } from "./run-reminders";
export { selectDueCandidates, dueCondition, dueFrom } from "./select-due";

export { runRemindersJob } from "./run-reminders";
export type { RunSummary } from "./run-reminders";

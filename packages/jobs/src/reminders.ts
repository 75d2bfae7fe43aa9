import { z } from "zod";
import { defineJob } from "./define-job";

/**
 * The daily reminder run (07:00 Helsinki, every day: the law counts calendar days). One job does
 * the whole run set-wise; each reminder it makes is then delivered by its own dispatch job.
 * `organizationId` limits a run to one company (an admin's "run now"); the unique reminder key
 * makes a run that overlaps the scheduled one harmless.
 * Eight retries like a dispatch: a worker killed under the run costs one (the kill test gave up a
 * run after three), and a run given up waits for tomorrow's 07:00.
 */
export const runReminders = defineJob({
  name: "reminders.daily-run",
  schema: z.object({ organizationId: z.uuid().optional() }),
  cron: "0 7 * * *",
  retryLimit: 8,
  policy: "short",
});

/**
 * Daily at 08:00 Helsinki: tells the platform administrators when the current half-year has no
 * reference rate, or the next one begins within 30 days without one (Suomen Pankki announces it
 * in late June and late December).
 */
export const sweepReferenceRates = defineJob({
  name: "reminders.reference-rate-sweep",
  schema: z.object({}),
  cron: "0 8 * * *",
  retryLimit: 3,
  policy: "short",
});

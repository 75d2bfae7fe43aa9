import { z } from "zod";
import { runReminders } from "../reminders/jobs";
import { defineJob } from "./define-job";

export { runReminders };

/** Removes sessions past their expiry; runs hourly. */
export const cleanExpiredSessions = defineJob({
  name: "auth.clean-expired-sessions",
  schema: z.object({}),
  cron: "17 * * * *",
});

/** Delivers one dispatch (an invoice by post, e-mail or e-invoice); enqueued by the api after its transaction commits. */
export const dispatchInvoice = defineJob({
  name: "invoices.dispatch",
  schema: z.object({ dispatchId: z.uuid() }),
  retryLimit: 8,
  policy: "short",
});

/**
 * Re-enqueues queued dispatches and mails that have no live job (a crash between commit and enqueue,
 * or a job that gave up), so nothing queued is ever lost.
 */
export const sweepOutbox = defineJob({
  name: "invoices.sweep-outbox",
  schema: z.object({}),
  cron: "* * * * *",
});

/** The last check of the same-day promise: 15:00 Helsinki on business days. */
export const deadlineCheck = defineJob({
  name: "invoices.deadline-check",
  schema: z.object({}),
  cron: "0 15 * * 1-5",
});

/** Sends one queued notification e-mail from outgoing_mails. */
export const sendMail = defineJob({
  name: "mail.send",
  schema: z.object({ mailId: z.uuid() }),
  retryLimit: 8,
  policy: "short",
});

export const allJobs = [cleanExpiredSessions, dispatchInvoice, sweepOutbox, deadlineCheck, sendMail, runReminders] as const;

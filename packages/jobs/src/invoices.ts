import { z } from "zod";
import { defineJob } from "./define-job";

/**
 * Delivers one dispatch (an invoice, credit note or reminder by post, e-mail or e-invoice);
 * enqueued by the api after its transaction commits. The name stays "invoices.dispatch" so jobs
 * already queued under it keep working.
 */
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

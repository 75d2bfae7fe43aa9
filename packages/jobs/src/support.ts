import { z } from "zod";
import { defineJob, type JobDefinition } from "./define-job";
import { supportProcessInboundMail, supportSweepInboundMail } from "./support-mail";

// The support desk's jobs (inbound mail to tickets, SLA and callback sweeps). Each is also listed in
// `supportJobs`, which allJobs spreads, so a new job here needs no other registration than its handler.

/** Promised callbacks whose time has passed: each raises the day's alert once (phone room). */
export const sweepLateCallbacks = defineJob({
  name: "support.phone.late-callbacks",
  schema: z.object({}),
  cron: "*/5 * * * *",
});

/** Every 5 minutes: tickets whose first-response or resolution target has run out alert once each. */
export const supportSlaSweep = defineJob({
  name: "support.sla-sweep",
  schema: z.object({}),
  cron: "*/5 * * * *",
});

/** Voucher error reports (stored by the vouchers module) become tickets in the service vouchers queue. */
export const ticketVoucherReports = defineJob({
  name: "support.tickets.voucher-reports",
  schema: z.object({}),
  cron: "* * * * *",
});

export { supportProcessInboundMail, supportSweepInboundMail } from "./support-mail";

export const supportJobs: readonly JobDefinition[] = [
  sweepLateCallbacks,
  supportSlaSweep,
  ticketVoucherReports,
  supportProcessInboundMail,
  supportSweepInboundMail,
];

import { z } from "zod";
import { defineJob, type JobDefinition } from "./define-job";

// The support desk's jobs (inbound mail to tickets, SLA and callback sweeps). Each is also listed in
// `supportJobs`, which allJobs spreads, so a new job here needs no other registration than its handler.

/** Voucher error reports (stored by the vouchers module) become tickets in the service vouchers queue. */
export const ticketVoucherReports = defineJob({
  name: "support.tickets.voucher-reports",
  schema: z.object({}),
  cron: "* * * * *",
});

export const supportJobs: readonly JobDefinition[] = [ticketVoucherReports];

import { z } from "zod";
import { defineJob } from "./define-job";

/** The organizer's automatic check of recorded events: 00, 06, 12 and 18 Helsinki. */
export const checkVoucherEvents = defineJob({
  name: "vouchers.check-events",
  schema: z.object({}),
  cron: "0 0,6,12,18 * * *",
});

/**
 * The monthly settlement: runs daily and settles last month for organizers whose settlement day
 * (4–8) has come; the unique period row makes every later run that month a no-op.
 * 02:00 so the midnight check has approved what it could first.
 */
export const settleVoucherMonth = defineJob({
  name: "vouchers.settle-month",
  schema: z.object({}),
  cron: "0 2 * * *",
});

/**
 * Narrows the provider-visibility table nightly: its triggers only widen rows, so clients whose last
 * event went out of the 3-year window, cancelled bookings and ended rights are pruned here.
 */
export const refreshVoucherVisibility = defineJob({
  name: "vouchers.refresh-visibility",
  schema: z.object({}),
  cron: "30 1 * * *",
});

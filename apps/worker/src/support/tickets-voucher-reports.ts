import { ticketVoucherErrorReports } from "@reskontra/usecases/support";
import type { JobContext } from "../jobs/job-context";

/** Every minute: voucher error reports without a ticket get one (idempotent, one per report). */
export async function ticketVoucherReportsJob(ctx: JobContext): Promise<void> {
  const { created } = await ticketVoucherErrorReports(ctx);
  if (created > 0) ctx.logger.info({ created }, "voucher error reports filed as support tickets");
}

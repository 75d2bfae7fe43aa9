import { cleanExpiredSessions } from "./auth";
import { deadlineCheck, dispatchInvoice, sweepOutbox } from "./invoices";
import { sendMail } from "./mail";
import { runReminders, sweepReferenceRates } from "./reminders";
import { supportJobs } from "./support";
import { checkVoucherEvents, refreshVoucherVisibility, settleVoucherMonth } from "./vouchers";

/** Every queue the system has: created at start-up, whether or not this process handles them. */
export const allJobs = [
  cleanExpiredSessions,
  dispatchInvoice,
  sweepOutbox,
  deadlineCheck,
  sendMail,
  runReminders,
  checkVoucherEvents,
  settleVoucherMonth,
  refreshVoucherVisibility,
  ...supportJobs,
  sweepReferenceRates,
] as const;

import { addDays, compareIsoDates, daysBetween, isIsoDate } from "../shared/dates";
import type { IsoDate } from "../shared/dates";
import { refuse } from "../shared/errors";
import type { Result } from "../shared/errors";
import { CONSUMER_MIN_PAYMENT_TIME_DAYS, REMINDER_LEGAL_LIMITS, REMINDER_NEW_DUE_DAYS } from "./legal-limits";
import type { ReminderRule } from "./reminder-rule";
import type { Cents } from "../shared/money";

export type ReminderInvoice = {
  dueDate: IsoDate;
  /** When the invoice was sent; a consumer fee needs ≥ 14 days between sending and due date. */
  sentDate?: IsoDate | null;
  openAmountCents: number;
};

export type SentReminder = { sentDate: IsoDate; feeCents: number };

export type DueReminder = {
  /** 1 for the first reminder of the invoice. */
  sequence: number;
  feeCents: number;
  newDueDate: IsoDate;
};

/** The fee this reminder may carry: the rule's fee, capped by law, zero for a consumer invoice given too little time. */
export function reminderFeeCents(rule: ReminderRule, invoice: ReminderInvoice): Cents {
  const limits = REMINDER_LEGAL_LIMITS[rule.customerKind];
  const fee = Math.min(rule.feeCents, limits.maxFeeCents);
  if (rule.customerKind === "consumer") {
    const sent = invoice.sentDate;
    if (!sent || !isIsoDate(sent) || daysBetween(sent, invoice.dueDate) < CONSUMER_MIN_PAYMENT_TIME_DAYS) return 0 as Cents;
  }
  return fee as Cents;
}

/**
 * Whether a reminder for `invoice` should go out `today` under `rule`, given
 * the reminders already sent for it; when not, the reason and (if it is only a
 * matter of time) the earliest date. The law's minimums apply even if the
 * rule asks for less.
 */
export function isReminderDue(
  invoice: ReminderInvoice,
  rule: ReminderRule,
  history: readonly SentReminder[],
  today: IsoDate,
): Result<DueReminder> {
  if (!isIsoDate(today)) return refuse("DATE_INVALID", "today");
  if (!isIsoDate(invoice.dueDate)) return refuse("DATE_INVALID", "dueDate");
  const limits = REMINDER_LEGAL_LIMITS[rule.customerKind];
  if (!limits) return refuse("REMINDER_CUSTOMER_KIND_INVALID", "customerKind");
  if (invoice.openAmountCents <= 0) return refuse("REMINDER_NOTHING_OPEN", "openAmountCents");
  if (invoice.openAmountCents < rule.minimumAmountCents) {
    return refuse("REMINDER_BELOW_MINIMUM", "openAmountCents", { minimumCents: rule.minimumAmountCents });
  }
  if (history.length >= rule.maxCount) return refuse("REMINDER_MAX_COUNT_REACHED", "maxCount", { maxCount: rule.maxCount });

  const fee = reminderFeeCents(rule, invoice);
  const sorted = [...history].sort((a, b) => compareIsoDates(a.sentDate, b.sentDate));
  const last = sorted[sorted.length - 1];
  let earliest: IsoDate;
  if (!last) {
    earliest = addDays(invoice.dueDate, Math.max(rule.daysAfterDue, limits.minDaysAfterDue));
  } else {
    const legalInterval = limits.intervalOnlyWhenCharged && fee === 0 ? 1 : limits.minIntervalDays;
    earliest = addDays(last.sentDate, Math.max(rule.intervalDays, legalInterval, 1));
  }
  if (compareIsoDates(today, earliest) < 0) {
    return refuse(last ? "REMINDER_INTERVAL_NOT_ELAPSED" : "REMINDER_NOT_YET_DUE", last ? "intervalDays" : "daysAfterDue", {
      earliestDate: earliest,
    });
  }
  return { ok: true, sequence: history.length + 1, feeCents: fee, newDueDate: addDays(today, REMINDER_NEW_DUE_DAYS) };
}

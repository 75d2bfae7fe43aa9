/** The law's two kinds of debtor; the order is the database enum's order. */
export const CUSTOMER_KINDS = ["consumer", "business"] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export type LegalLimits = {
  /** Highest collection fee per reminder. */
  maxFeeCents: number;
  /** First allowed reminder day = due date + this many calendar days. */
  minDaysAfterDue: number;
  /** Calendar days at least between reminders. */
  minIntervalDays: number;
  /** True when the interval limit applies only to reminders that carry a fee. */
  intervalOnlyWhenCharged: boolean;
  /** Late-interest margin over the reference rate, in basis points. */
  interestMarginBp: number;
};

// DESIGN.md §3: Debt Collection Act (513/1999) 10 a–10 b § for consumers,
// 10 e–10 f § for businesses; Interest Act (633/1982) 4 § and 4 a §.
export const REMINDER_LEGAL_LIMITS: Record<CustomerKind, LegalLimits> = {
  consumer: { maxFeeCents: 500, minDaysAfterDue: 14, minIntervalDays: 14, intervalOnlyWhenCharged: false, interestMarginBp: 700 },
  business: { maxFeeCents: 1200, minDaysAfterDue: 0, minIntervalDays: 10, intervalOnlyWhenCharged: true, interestMarginBp: 800 },
};

/** A consumer fee is allowed only if the invoice was sent this many days before its due date. */
export const CONSUMER_MIN_PAYMENT_TIME_DAYS = 14;
/** The reminder's new due date is at least this many days after sending it. */
export const REMINDER_NEW_DUE_DAYS = 14;
/** Fixed compensation a business creditor may claim once per late invoice (Act 30/2013 10 a §). */
export const BUSINESS_FIXED_COMPENSATION_CENTS = 4000;
/** Transaction fee the operator charges per sent reminder (VAT 0 %). */
export const REMINDER_TRANSACTION_FEE_CENTS = 25;

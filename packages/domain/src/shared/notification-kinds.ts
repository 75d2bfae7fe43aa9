/**
 * Every kind of in-app notice a person can receive; the web words each from its own dictionary
 * (a kind without a text is a type error there, and a test reads every kind in both languages).
 */
export const NOTIFICATION_KINDS = [
  "invoice_sent",
  "invoice_returned",
  "invoice_dispatch_failed",
  "reminder_sent",
  "support.sla_breached",
  "reminders.rate_missing",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

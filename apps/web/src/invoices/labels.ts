import type { BadgeTone } from "@reskontra/ui";
import type { InvoiceMessageKey } from "./messages";
import type { DeliveryMethod, DispatchStatus, InvoiceStatus, Risk } from "./api-types";

// Records over the server's enums: a new status or risk on the api fails the type-check here, not silently in the UI.
export const STATUS_LABEL: Record<InvoiceStatus, InvoiceMessageKey> = {
  draft: "inv.status.draft",
  submitted: "inv.status.submitted",
  needs_correction: "inv.status.needs_correction",
  sent: "inv.status.sent",
  paid: "inv.status.paid",
  credited: "inv.status.credited",
};

export const STATUS_TONE: Record<InvoiceStatus, BadgeTone> = {
  draft: "neutral",
  submitted: "info",
  needs_correction: "warning",
  sent: "info",
  paid: "success",
  credited: "neutral",
};

export const RISK_LABEL: Record<Risk, InvoiceMessageKey> = {
  overdue: "inv.risk.overdue",
  at_risk: "inv.risk.at_risk",
  today: "inv.risk.today",
  tomorrow: "inv.risk.tomorrow",
  later: "inv.risk.later",
};

export const RISK_TONE: Record<Risk, BadgeTone> = {
  overdue: "danger",
  at_risk: "warning",
  today: "info",
  tomorrow: "neutral",
  later: "neutral",
};

export const DELIVERY_LABEL: Record<DeliveryMethod, InvoiceMessageKey> = {
  post: "inv.delivery.post",
  email: "inv.delivery.email",
  einvoice: "inv.delivery.einvoice",
};

export const DELIVERY_METHODS: DeliveryMethod[] = ["email", "einvoice", "post"];

export const DISPATCH_STATUS_LABEL: Record<DispatchStatus, InvoiceMessageKey> = {
  queued: "disp.status.queued",
  sent: "disp.status.sent",
  failed: "disp.status.failed",
  uncertain: "disp.status.uncertain",
};

/** Audit action codes are open-ended strings on the server. */
const ACTION_LABEL: Partial<Record<string, InvoiceMessageKey>> = {
  "invoice.created": "action.invoice.created",
  "invoice.updated": "action.invoice.updated",
  "invoice.submitted": "action.invoice.submitted",
  "invoice.resubmitted": "action.invoice.resubmitted",
  "invoice.dispatch_requested": "action.invoice.dispatch_requested",
  "invoice.returned_for_correction": "action.invoice.returned_for_correction",
  "invoice.message_added": "action.invoice.message_added",
  "invoice.sent": "action.invoice.sent",
  "invoice.dispatch_failed": "action.invoice.dispatch_failed",
  "invoice.dispatch_uncertain": "action.invoice.dispatch_uncertain",
  "invoice.paid": "action.invoice.paid",
  "invoice.partially_paid": "action.invoice.partially_paid",
  "invoice.credited": "action.invoice.credited",
  "invoice.credit_note_created": "action.invoice.credit_note_created",
  // The reminder run writes these on the invoice, so its history shows the reminders too.
  "reminder.created": "action.reminder.created",
  "reminder.sent": "action.reminder.sent",
  "reminder.failed": "action.reminder.failed",
  "reminder.uncertain": "action.reminder.uncertain",
};

/** An unknown code reads as "other event" rather than leaking the code into a person's screen. */
export function actionLabel(action: string, t: (key: InvoiceMessageKey) => string): string {
  const key = ACTION_LABEL[action];
  return key ? t(key) : t("action.other");
}

/** Finnish VAT rates offered on a row; 14 % stays for supplies dated before its 2026 cut to 13,5 %. */
export const VAT_RATES = ["25.5", "14", "13.5", "10", "0"] as const;

import { REMINDER_LEGAL_LIMITS } from "./legal-limits";
import type { CustomerKind } from "./legal-limits";

export type ReminderChannel = "einvoice" | "email" | "post";
export const REMINDER_CHANNELS: readonly ReminderChannel[] = ["einvoice", "email", "post"];

export type ReminderRule = {
  name: string;
  customerKind: CustomerKind;
  feeCents: number;
  daysAfterDue: number;
  minimumAmountCents: number;
  channel: ReminderChannel;
  maxCount: number;
  intervalDays: number;
};

export type RuleViolation = { field: keyof ReminderRule; code: string; params?: Record<string, string | number> };

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** Every violation of the rule, each with its field, against the law for the rule's customer kind. */
export function validateReminderRule(rule: ReminderRule): { ok: true } | { ok: false; errors: RuleViolation[] } {
  const errors: RuleViolation[] = [];
  if (typeof rule.name !== "string" || rule.name.trim() === "") errors.push({ field: "name", code: "REMINDER_NAME_REQUIRED" });
  else if (rule.name.trim().length > 100) errors.push({ field: "name", code: "REMINDER_NAME_TOO_LONG" });

  const limits =
    rule.customerKind === "consumer" || rule.customerKind === "business" ? REMINDER_LEGAL_LIMITS[rule.customerKind] : null;
  if (!limits) errors.push({ field: "customerKind", code: "REMINDER_CUSTOMER_KIND_INVALID" });

  if (!isCount(rule.feeCents)) errors.push({ field: "feeCents", code: "REMINDER_FEE_INVALID" });
  else if (limits && rule.feeCents > limits.maxFeeCents) {
    errors.push({ field: "feeCents", code: "REMINDER_FEE_TOO_HIGH", params: { maxCents: limits.maxFeeCents } });
  }
  if (!isCount(rule.daysAfterDue)) errors.push({ field: "daysAfterDue", code: "REMINDER_DAYS_INVALID" });
  else if (limits && rule.daysAfterDue < limits.minDaysAfterDue) {
    errors.push({ field: "daysAfterDue", code: "REMINDER_TOO_SOON_AFTER_DUE", params: { minDays: limits.minDaysAfterDue } });
  }
  if (!isCount(rule.minimumAmountCents)) errors.push({ field: "minimumAmountCents", code: "REMINDER_MINIMUM_INVALID" });
  if (!REMINDER_CHANNELS.includes(rule.channel)) errors.push({ field: "channel", code: "REMINDER_CHANNEL_INVALID" });
  if (!isCount(rule.maxCount) || rule.maxCount < 1) errors.push({ field: "maxCount", code: "REMINDER_MAX_COUNT_INVALID" });
  if (!isCount(rule.intervalDays) || rule.intervalDays < 1) {
    errors.push({ field: "intervalDays", code: "REMINDER_INTERVAL_INVALID" });
  } else if (limits && rule.intervalDays < limits.minIntervalDays && !(limits.intervalOnlyWhenCharged && rule.feeCents === 0)) {
    errors.push({ field: "intervalDays", code: "REMINDER_INTERVAL_TOO_SHORT", params: { minDays: limits.minIntervalDays } });
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

/**
 * The rules every customer is placed in on activation (DESIGN.md §3). At most
 * two charged reminders by default; consumers 14 days apart (the legal
 * minimum), businesses 10 days (their legal minimum between charged reminders).
 */
export function defaultReminderRules(options: { hasEinvoiceAddress: boolean }): Record<CustomerKind, ReminderRule> {
  return {
    consumer: {
      name: "Kuluttaja-asiakkaat",
      customerKind: "consumer",
      feeCents: 500,
      daysAfterDue: 14,
      minimumAmountCents: 1000,
      channel: "email",
      maxCount: 2,
      intervalDays: 14,
    },
    business: {
      name: "Yritysasiakkaat",
      customerKind: "business",
      feeCents: 1200,
      daysAfterDue: 7,
      minimumAmountCents: 1000,
      channel: options.hasEinvoiceAddress ? "einvoice" : "email",
      maxCount: 2,
      intervalDays: 10,
    },
  };
}

/**
 * Default rule kind on activation: person customers → consumer, others →
 * business, anyone outside Finland → blocked. A missing country counts as
 * Finland (the operator's home country and the customer form's default).
 */
export function defaultRuleKind(customer: { isPerson: boolean; countryCode?: string | null }): CustomerKind | "blocked" {
  const country = (customer.countryCode ?? "").trim().toUpperCase();
  if (country !== "" && country !== "FI") return "blocked";
  return customer.isPerson ? "consumer" : "business";
}

import { formatMoney, type Locale } from "@reskontra/ui";
import { reminderText, type ReminderTextKey } from "./texts";

const ACTIONS: Record<string, ReminderTextKey> = {
  "reminders.activated": "change.action.activated",
  "reminders.rule_created": "change.action.rule_created",
  "reminders.rule_updated": "change.action.rule_updated",
  "reminders.rule_deleted": "change.action.rule_deleted",
  "reminders.customer_moved": "change.action.customer_moved",
  "reminders.run_requested": "change.action.run_requested",
  "reminders.missing_rate_policy": "change.action.missing_rate_policy",
};

const FIELDS: Record<string, ReminderTextKey> = {
  name: "change.field.name",
  customerKind: "change.field.customerKind",
  feeCents: "change.field.fee",
  daysAfterDue: "change.field.daysAfterDue",
  minimumAmountCents: "change.field.minimum",
  channel: "change.field.channel",
  maxCount: "change.field.maxCount",
  intervalDays: "change.field.intervalDays",
  claimCompensation: "change.field.claimCompensation",
  customerName: "change.field.customer",
  ruleName: "change.field.rule",
  reminderRuleId: "change.field.rule",
  placedCustomers: "change.field.placed",
  blockedCustomers: "change.field.blocked",
  confirmedTransactionFeeCents: "change.field.transactionFee",
  deleted: "change.field.deleted",
  customersMoved: "change.field.customersMoved",
  onMissingRate: "policy.label",
};

/** The audit action in words; the code stays out of sight. */
export function changeActionText(locale: Locale, action: string): string {
  const key = ACTIONS[action];
  return key ? reminderText(locale, key) : reminderText(locale, "change.action.other");
}

function valueText(locale: Locale, field: string, value: unknown, ruleNames: ReadonlyMap<string, string>): string | null {
  const t = (key: ReminderTextKey) => reminderText(locale, key);
  if (field === "reminderRuleId") {
    if (value === null) return t("customerRule.blocked");
    return typeof value === "string" ? (ruleNames.get(value) ?? null) : null;
  }
  if (field.endsWith("Cents") && typeof value === "number") return formatMoney(value, locale);
  if (field === "channel" && (value === "email" || value === "post" || value === "einvoice")) return t(`channel.${value}`);
  if (field === "customerKind" && (value === "consumer" || value === "business")) return t(`rule.kind.${value}`);
  if (field === "onMissingRate" && (value === "hold" || value === "send_flagged")) return t(`policy.${value}`);
  if (typeof value === "boolean") return t(value ? "change.yes" : "change.no");
  if (Array.isArray(value)) return String(value.length);
  if (typeof value === "string" || typeof value === "number") return String(value);
  return null;
}

/**
 * An audit snapshot as "label: value" in the user's language: money as 12,00 €, channels and
 * kinds by name, ids left out (a rule id is shown by the rule's name when it is known). The raw
 * snapshot is for the database; a person reads this.
 */
export function snapshotText(locale: Locale, snapshot: unknown, ruleNames: ReadonlyMap<string, string>): string {
  if (snapshot === null || typeof snapshot !== "object") return "–";
  const entries = Object.entries(snapshot as Record<string, unknown>);
  const hasRuleName = entries.some(([k]) => k === "ruleName");
  const parts = entries.flatMap(([field, value]) => {
    const label = FIELDS[field];
    if (!label || (field === "reminderRuleId" && hasRuleName)) return [];
    const text = valueText(locale, field, value, ruleNames);
    return text === null ? [] : [`${reminderText(locale, label)}: ${text}`];
  });
  return parts.length > 0 ? parts.join(", ") : "–";
}

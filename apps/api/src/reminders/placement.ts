import { and, eq, isNull, isNotNull } from "drizzle-orm";
import { defaultRuleKind } from "@reskontra/domain";
import { reminderRules, writeAudit, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import { loadRule, loadSettings, type RuleRow } from "./access";

export interface PlaceableCustomer {
  isPerson: boolean;
  countryCode: string;
}

/** The default rules of an organization by kind (empty before activation). */
export async function defaultRules(
  db: DbOrTx,
  organizationId: string,
): Promise<Partial<Record<"consumer" | "business", RuleRow>>> {
  const rows = await db
    .select()
    .from(reminderRules)
    .where(
      and(eq(reminderRules.organizationId, organizationId), isNotNull(reminderRules.defaultFor), isNull(reminderRules.deletedAt)),
    );
  const byKind: Partial<Record<"consumer" | "business", RuleRow>> = {};
  for (const r of rows) if (r.defaultFor) byKind[r.defaultFor] = r;
  return byKind;
}

/** Where the domain's principles put a customer: the default rule of its kind, or null ("Automation blocked"). */
export function defaultPlacement(
  customer: PlaceableCustomer,
  defaults: Partial<Record<"consumer" | "business", RuleRow>>,
): string | null {
  const kind = defaultRuleKind(customer);
  return kind === "blocked" ? null : (defaults[kind]?.id ?? null);
}

/**
 * A person customer is a consumer in law: a business rule's fees and intervals would break the
 * consumer limits, so only consumer rules take them. A business may sit in either.
 */
export function checkRuleFits(rule: RuleRow, customer: PlaceableCustomer, field: string): void {
  if (customer.isPerson && rule.customerKind !== "consumer") throw new AppError("REMINDER_RULE_KIND_MISMATCH", { field });
}

/**
 * The rule a customer create/update writes. `requested` undefined: a new customer falls into the
 * default rule by the principles (when reminders are active), an existing one keeps its rule;
 * null: blocked; an id: that rule, if it is the organization's and fits the customer.
 */
export async function resolveCustomerRule(
  db: DbOrTx,
  organizationId: string,
  customer: PlaceableCustomer,
  requested: string | null | undefined,
  current: { ruleId: string | null } | null,
): Promise<string | null> {
  if (requested === null) return null;
  if (requested !== undefined) {
    const rule = await loadRule(db, organizationId, requested, "reminderRuleId");
    checkRuleFits(rule, customer, "reminderRuleId");
    return rule.id;
  }
  if (current?.ruleId) {
    // A customer that became a person keeps no business rule: it falls back to the defaults.
    const [rule] = await db.select().from(reminderRules).where(eq(reminderRules.id, current.ruleId));
    if (rule && !rule.deletedAt && !(customer.isPerson && rule.customerKind !== "consumer")) return rule.id;
  } else if (current) {
    return null;
  }
  if (!(await loadSettings(db, organizationId))) return null;
  return defaultPlacement(customer, await defaultRules(db, organizationId));
}

/** A rule set on the customer card is a reminder configuration change too: listed with the others. */
export async function auditRuleChange(
  db: DbOrTx,
  entry: { at: Date; actorUserId: string; organizationId: string; requestId: string | null },
  customer: { id: string; name: string },
  before: string | null,
  after: string | null,
): Promise<void> {
  if (before === after) return;
  await writeAudit(db, {
    ...entry,
    action: "reminders.customer_moved",
    entityType: "customer",
    entityId: customer.id,
    before: { reminderRuleId: before, customerName: customer.name },
    after: { reminderRuleId: after, customerName: customer.name },
  });
}

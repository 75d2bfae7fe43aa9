import { and, eq, isNotNull } from "drizzle-orm";
import { REMINDER_TRANSACTION_FEE_CENTS, defaultReminderRules, defaultRuleKind } from "@reskontra/domain";
import { customers } from "@reskontra/db";
import type { TenantContext } from "./access";
import { placedCustomers } from "./assignments";

/**
 * What activation would do, before it is done: the two default rules with the legal defaults and
 * where each customer of the company would go, by the same principles `activateReminders` applies.
 * It reads only; before activation the reminders page shows it, and the guided activation walks it.
 */
export async function activationPreview(ctx: TenantContext) {
  const organizationId = ctx.tenant.organizationId;
  const [einvoicing] = await ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.organizationId, organizationId), isNotNull(customers.einvoiceAddress)))
    .limit(1);
  const defaults = defaultReminderRules({ hasEinvoiceAddress: einvoicing !== undefined });
  const rows = await placedCustomers(ctx);
  const placed = rows.map((c) => ({ ...c, placement: defaultRuleKind(c) }));
  const count = (kind: "consumer" | "business" | "blocked") => placed.filter((c) => c.placement === kind).length;
  return {
    transactionFeeCents: REMINDER_TRANSACTION_FEE_CENTS,
    rules: [defaults.consumer, defaults.business],
    customers: placed,
    counts: { consumer: count("consumer"), business: count("business"), blocked: count("blocked") },
  };
}

import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { auditLog, customers, users } from "@reskontra/db";
import { AppError } from "../errors";
import { loadRule, requireActive, type TenantContext } from "./access";
import { checkRuleFits } from "./placement";

/** The company's customers with their owner and rule, in the list order every reminder screen uses. */
export async function placedCustomers(ctx: TenantContext, where?: SQL) {
  const rows = await ctx.db
    .select({
      id: customers.id,
      customerNumber: customers.customerNumber,
      name: customers.name,
      isPerson: customers.isPerson,
      countryCode: customers.countryCode,
      ownerName: users.name,
      ruleId: customers.reminderRuleId,
    })
    .from(customers)
    .innerJoin(users, eq(users.id, customers.ownerUserId))
    .where(and(eq(customers.organizationId, ctx.tenant.organizationId), where))
    .orderBy(asc(customers.name), asc(customers.customerNumber))
    .limit(1000);
  return rows;
}

/** The rule's assigned-customers tab. */
export async function customersOfRule(ctx: TenantContext, ruleId: string) {
  await loadRule(ctx.db, ctx.tenant.organizationId, ruleId);
  return placedCustomers(ctx, eq(customers.reminderRuleId, ruleId));
}

/** "Automation blocked": customers in no rule, left out of every run until someone adds them to one. */
export async function blockedCustomers(ctx: TenantContext) {
  await requireActive(ctx.db, ctx.tenant.organizationId);
  return placedCustomers(ctx, isNull(customers.reminderRuleId));
}

/**
 * Bulk move of selected customers to a rule, or to "Automation blocked" (`ruleId` null), in one
 * transaction: every id must be a customer of the caller's company (else a refusal at
 * `customerIds`, nothing moved) and fit the rule; one audit row per moved customer, inserted set-wise.
 */
export async function moveCustomers(ctx: TenantContext, input: { customerIds: string[]; ruleId: string | null }) {
  const organizationId = ctx.tenant.organizationId;
  await requireActive(ctx.db, organizationId);
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const rule = input.ruleId === null ? null : await loadRule(tx, organizationId, input.ruleId);
    const ids = [...new Set(input.customerIds)];
    const rows = await tx
      .select()
      .from(customers)
      .where(and(inArray(customers.id, ids), eq(customers.organizationId, organizationId)))
      .for("update");
    if (rows.length !== ids.length) {
      throw new AppError("REMINDER_CUSTOMERS_NOT_FOUND", {
        field: "customerIds",
        params: { count: String(ids.length - rows.length) },
      });
    }
    if (rule) for (const c of rows) checkRuleFits(rule, c, "ruleId");
    const targetId = rule?.id ?? null;
    const moving = rows.filter((c) => c.reminderRuleId !== targetId);
    if (moving.length === 0) return { moved: 0 };
    await tx
      .update(customers)
      .set({ reminderRuleId: targetId, updatedAt: now })
      .where(
        inArray(
          customers.id,
          moving.map((c) => c.id),
        ),
      );
    await tx.insert(auditLog).values(
      moving.map((c) => ({
        at: now,
        actorUserId: ctx.auth.user.id,
        organizationId,
        action: "reminders.customer_moved",
        entityType: "customer",
        entityId: c.id,
        before: { reminderRuleId: c.reminderRuleId, customerName: c.name },
        after: { reminderRuleId: targetId, ruleName: rule?.name ?? null, customerName: c.name },
        requestId: ctx.requestId,
      })),
    );
    return { moved: moving.length };
  });
}

/** Every customer of the company with its rule (null: automation blocked), for the mass actions. */
export async function allCustomers(ctx: TenantContext) {
  await requireActive(ctx.db, ctx.tenant.organizationId);
  return placedCustomers(ctx, undefined);
}

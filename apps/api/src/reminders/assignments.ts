import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { auditLog, customers, users } from "@reskontra/db";
import { AppError } from "../errors";
import { loadRule, requireActive, type TenantContext } from "./access";
import { checkRuleFits } from "./placement";

async function placedCustomers(ctx: TenantContext, where: SQL | undefined) {
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
 * Bulk move of selected customers to a rule (from a rule's tab or from the blocked list). Every
 * customer must be the company's and fit the rule; each move is audited with before and after.
 */
export async function moveCustomers(ctx: TenantContext, input: { customerIds: string[]; ruleId: string }) {
  const organizationId = ctx.tenant.organizationId;
  await requireActive(ctx.db, organizationId);
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const rule = await loadRule(tx, organizationId, input.ruleId);
    const ids = [...new Set(input.customerIds)];
    const rows = await tx
      .select()
      .from(customers)
      .where(and(inArray(customers.id, ids), eq(customers.organizationId, organizationId)))
      .for("update");
    if (rows.length !== ids.length) throw new AppError("REMINDER_CUSTOMERS_NOT_FOUND", { field: "customerIds" });
    for (const c of rows) checkRuleFits(rule, c, "ruleId");
    const moving = rows.filter((c) => c.reminderRuleId !== rule.id);
    if (moving.length === 0) return { moved: 0 };
    await tx
      .update(customers)
      .set({ reminderRuleId: rule.id, updatedAt: now })
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
        after: { reminderRuleId: rule.id, ruleName: rule.name, customerName: c.name },
        requestId: ctx.requestId,
      })),
    );
    return { moved: moving.length };
  });
}

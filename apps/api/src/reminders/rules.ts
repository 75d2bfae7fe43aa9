import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { DomainError, validateReminderRule } from "@reskontra/domain";
import { customers, reminderRules, writeAudit } from "@reskontra/db";
import { reminderRuleOf } from "@reskontra/usecases/reminders";
import { AppError } from "../errors";
import { loadRule, requireActive, type TenantContext } from "./access";
import { defaultRules } from "./placement";
import type { RuleInput } from "@reskontra/contracts/reminders";

/** The domain decides lawfulness; its first objection is raised at the form's field (`rule.feeCents`). */
function checkLawful(rule: RuleInput): void {
  // The Act on payment terms in commercial contracts gives the 40 € to creditors of businesses only.
  if (rule.claimCompensation && rule.customerKind === "consumer") {
    throw new AppError("REMINDER_COMPENSATION_CONSUMER", { field: "rule.claimCompensation" });
  }
  const verdict = validateReminderRule(rule);
  if (verdict.ok) return;
  const [first] = verdict.errors;
  if (!first) return;
  throw new DomainError(first.code, { field: `rule.${first.field}`, ...(first.params ? { params: first.params } : {}) });
}

export async function listRules(ctx: TenantContext) {
  const organizationId = ctx.tenant.organizationId;
  const rows = await ctx.db
    .select({ rule: reminderRules, customerCount: sql<number>`count(${customers.id})::int` })
    .from(reminderRules)
    .leftJoin(customers, eq(customers.reminderRuleId, reminderRules.id))
    .where(and(eq(reminderRules.organizationId, organizationId), isNull(reminderRules.deletedAt)))
    .groupBy(reminderRules.id)
    .orderBy(sql`${reminderRules.defaultFor} IS NULL`, asc(reminderRules.customerKind), asc(reminderRules.name));
  return rows.map(({ rule, customerCount }) => ({
    ...reminderRuleOf(rule),
    id: rule.id,
    defaultFor: rule.defaultFor,
    customerCount,
    updatedAt: rule.updatedAt,
  }));
}

export async function createRule(ctx: TenantContext, input: RuleInput) {
  const organizationId = ctx.tenant.organizationId;
  await requireActive(ctx.db, organizationId);
  checkLawful(input);
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reminderRules)
      .values({ organizationId, ...input, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error("rule insert returned nothing");
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "reminders.rule_created",
      entityType: "reminder_rule",
      entityId: row.id,
      before: null,
      after: input,
      requestId: ctx.requestId,
    });
    return { id: row.id };
  });
}

export async function updateRule(ctx: TenantContext, ruleId: string, input: RuleInput) {
  const organizationId = ctx.tenant.organizationId;
  checkLawful(input);
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const before = await loadRule(tx, organizationId, ruleId);
    if (before.defaultFor && input.customerKind !== before.defaultFor) {
      throw new AppError("REMINDER_DEFAULT_KIND_FIXED", { field: "rule.customerKind" });
    }
    if (before.customerKind === "consumer" && input.customerKind === "business") {
      // Person customers must not end up under business limits by a change of kind.
      const [person] = await tx
        .select({ id: customers.id })
        .from(customers)
        .where(and(eq(customers.reminderRuleId, ruleId), eq(customers.isPerson, true)))
        .limit(1);
      if (person) throw new AppError("REMINDER_RULE_KIND_MISMATCH", { field: "rule.customerKind" });
    }
    await tx
      .update(reminderRules)
      .set({ ...input, updatedAt: now })
      .where(eq(reminderRules.id, ruleId));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "reminders.rule_updated",
      entityType: "reminder_rule",
      entityId: ruleId,
      before: reminderRuleOf(before),
      after: input,
      requestId: ctx.requestId,
    });
    return { id: ruleId };
  });
}

/**
 * Deletes a rule that is not a default: it stays on record (sent reminders point at it) and its
 * customers fall back into the default rule of their kind, each move audited with the deletion.
 */
export async function deleteRule(ctx: TenantContext, ruleId: string) {
  const organizationId = ctx.tenant.organizationId;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const rule = await loadRule(tx, organizationId, ruleId);
    if (rule.defaultFor) throw new AppError("REMINDER_RULE_IS_DEFAULT", { field: "ruleId" });
    const defaults = await defaultRules(tx, organizationId);
    const moved = await tx
      .update(customers)
      .set({
        reminderRuleId: sql`CASE WHEN ${customers.isPerson} THEN ${defaults.consumer?.id ?? null}::uuid ELSE ${defaults.business?.id ?? null}::uuid END`,
        updatedAt: now,
      })
      .where(eq(customers.reminderRuleId, ruleId))
      .returning({ id: customers.id, reminderRuleId: customers.reminderRuleId });
    await tx.update(reminderRules).set({ deletedAt: now, updatedAt: now }).where(eq(reminderRules.id, ruleId));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "reminders.rule_deleted",
      entityType: "reminder_rule",
      entityId: ruleId,
      before: reminderRuleOf(rule),
      after: { deleted: true, customersMoved: moved.map((m) => ({ customerId: m.id, ruleId: m.reminderRuleId })) },
      requestId: ctx.requestId,
    });
    return { movedCustomers: moved.length };
  });
}

import { and, desc, eq, like, or, sql } from "drizzle-orm";
import { auditLog, customers, invoices, queryRows, reminderEvents, users } from "@reskontra/db";
import { loadRule, requireActive, type TenantContext } from "./access";

/** The rule's events tab: everything the automation did under the rule, newest first, optionally for one invoice. */
export async function ruleEvents(ctx: TenantContext, input: { ruleId: string; invoiceNumber?: string | undefined }) {
  const organizationId = ctx.tenant.organizationId;
  await loadRule(ctx.db, organizationId, input.ruleId);
  const invoiceFilter = input.invoiceNumber ? eq(invoices.invoiceNumber, input.invoiceNumber) : undefined;
  const rows = await ctx.db
    .select({
      id: reminderEvents.id,
      at: reminderEvents.at,
      kind: reminderEvents.kind,
      invoiceId: reminderEvents.invoiceId,
      invoiceNumber: invoices.invoiceNumber,
      customerName: customers.name,
      params: reminderEvents.params,
    })
    .from(reminderEvents)
    .leftJoin(invoices, eq(invoices.id, reminderEvents.invoiceId))
    .leftJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(eq(reminderEvents.ruleId, input.ruleId), eq(reminderEvents.organizationId, organizationId), invoiceFilter))
    .orderBy(desc(reminderEvents.at), desc(reminderEvents.id))
    .limit(500);
  return rows.map((r) => ({
    ...r,
    params: r.params !== null && typeof r.params === "object" ? (r.params as Record<string, unknown>) : {},
  }));
}

/** Every configuration change (activation, rules, customer placements): who, when, before and after. */
export async function configChanges(ctx: TenantContext, input: { ruleId?: string | undefined }) {
  const organizationId = ctx.tenant.organizationId;
  await requireActive(ctx.db, organizationId);
  const scope = input.ruleId
    ? or(
        and(eq(auditLog.entityType, "reminder_rule"), eq(auditLog.entityId, input.ruleId)),
        sql`${auditLog.action} = 'reminders.customer_moved' AND (${auditLog.before}->>'reminderRuleId' = ${input.ruleId} OR ${auditLog.after}->>'reminderRuleId' = ${input.ruleId})`,
      )
    : undefined;
  return ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.organizationId, organizationId), like(auditLog.action, "reminders.%"), scope))
    .orderBy(desc(auditLog.id))
    .limit(500);
}

/** Reminders sent and their fees per month (Helsinki), for the company. */
export async function monthlySummary(ctx: TenantContext) {
  const organizationId = ctx.tenant.organizationId;
  const rows = await queryRows<{
    month: string;
    sent_count: number | string;
    fee_cents: number | string;
    interest_cents: number | string;
    transaction_fee_cents: number | string;
  }>(
    ctx.db,
    sql`SELECT to_char(sent_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month, count(*) AS sent_count,
          coalesce(sum(fee_cents), 0) AS fee_cents, coalesce(sum(interest_cents), 0) AS interest_cents,
          coalesce(sum(transaction_fee_cents), 0) AS transaction_fee_cents
        FROM reminders WHERE organization_id = ${organizationId} AND sent_at IS NOT NULL
        GROUP BY 1 ORDER BY 1 DESC LIMIT 36`,
  );
  return rows.map((r) => ({
    month: r.month,
    sentCount: Number(r.sent_count),
    feeCents: Number(r.fee_cents),
    interestCents: Number(r.interest_cents),
    transactionFeeCents: Number(r.transaction_fee_cents),
  }));
}

import { and, eq, isNotNull, sql } from "drizzle-orm";
import { REMINDER_TRANSACTION_FEE_CENTS, defaultReminderRules, formatEurosFi } from "@reskontra/domain";
import { customers, reminderRules, reminderSettings, users, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import { loadSettings, type TenantContext } from "./access";

export async function reminderStatus(ctx: TenantContext) {
  const settings = await loadSettings(ctx.db, ctx.tenant.organizationId);
  let activatedByName: string | null = null;
  if (settings) {
    const [user] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, settings.activatedBy));
    activatedByName = user?.name ?? null;
  }
  return {
    active: settings !== null,
    activatedAt: settings?.activatedAt ?? null,
    activatedByName,
    confirmedTransactionFeeCents: settings?.confirmedTransactionFeeCents ?? null,
    transactionFeeCents: REMINDER_TRANSACTION_FEE_CENTS,
    onMissingRate: settings?.onMissingRate ?? null,
  };
}

/**
 * Activation: the admin's confirmation of the transaction fee, the two default rules with the
 * legal defaults, and every customer of the company placed by the domain's principles (person →
 * consumer rule, others → business rule, outside Finland → blocked), all in one transaction.
 */
export async function activateReminders(ctx: TenantContext, input: { confirmedTransactionFeeCents: number }) {
  if (input.confirmedTransactionFeeCents !== REMINDER_TRANSACTION_FEE_CENTS) {
    throw new AppError("REMINDERS_FEE_NOT_CONFIRMED", {
      field: "confirmedTransactionFeeCents",
      params: { fee: formatEurosFi(REMINDER_TRANSACTION_FEE_CENTS) },
    });
  }
  const organizationId = ctx.tenant.organizationId;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [settings] = await tx
      .insert(reminderSettings)
      .values({
        organizationId,
        activatedAt: now,
        activatedBy: ctx.auth.user.id,
        confirmedTransactionFeeCents: input.confirmedTransactionFeeCents,
      })
      .onConflictDoNothing()
      .returning();
    if (!settings) throw new AppError("REMINDERS_ALREADY_ACTIVE");

    // The business default speaks e-invoice when the company has e-invoicing customers; the
    // run falls back to e-mail or post per customer who has no e-invoice address.
    const [einvoicing] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.organizationId, organizationId), isNotNull(customers.einvoiceAddress)))
      .limit(1);
    const defaults = defaultReminderRules({ hasEinvoiceAddress: einvoicing !== undefined });
    const created = await tx
      .insert(reminderRules)
      .values(
        (["consumer", "business"] as const).map((kind) => ({
          organizationId,
          ...defaults[kind],
          defaultFor: kind,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning();
    const byKind = Object.fromEntries(created.map((r) => [r.customerKind, r.id]));
    // Set-wise, by the same principles as defaultRuleKind: foreign customers stay null (blocked).
    const placed = await tx
      .update(customers)
      .set({
        reminderRuleId: sql`CASE WHEN ${customers.isPerson} THEN ${byKind.consumer}::uuid ELSE ${byKind.business}::uuid END`,
        updatedAt: now,
      })
      .where(and(eq(customers.organizationId, organizationId), sql`upper(trim(${customers.countryCode})) IN ('FI', '')`))
      .returning({ id: customers.id });
    const [{ total } = { total: 0 }] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(customers)
      .where(eq(customers.organizationId, organizationId));

    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "reminders.activated",
      entityType: "reminder_settings",
      entityId: organizationId,
      before: null,
      after: {
        confirmedTransactionFeeCents: input.confirmedTransactionFeeCents,
        rules: created.map((r) => ({ id: r.id, name: r.name, defaultFor: r.defaultFor })),
        placedCustomers: placed.length,
        blockedCustomers: total - placed.length,
      },
      requestId: ctx.requestId,
    });
    return { placed: placed.length, blocked: total - placed.length };
  });
}

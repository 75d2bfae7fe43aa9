import { isValidBusinessId } from "@reskontra/domain";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { customers, writeAudit, isUniqueViolation } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import type { Membership } from "../trpc/context";
import { auditRuleChange, resolveCustomerRule } from "../reminders/placement";
import type { CustomerInput } from "@reskontra/contracts/invoices";

type TenantContext = AuthedContext & { tenant: Membership };

function checkCustomer(input: CustomerInput) {
  if (!input.isPerson && input.countryCode === "FI" && !input.businessId) {
    throw new AppError("BUSINESS_ID_REQUIRED", { field: "businessId" });
  }
  if (input.businessId !== null && !isValidBusinessId(input.businessId)) {
    throw new AppError("BUSINESS_ID_INVALID", { field: "businessId" });
  }
  // An e-invoice is routed by address and operator together; half of the pair would only fail at dispatch.
  if (input.einvoiceAddress && !input.einvoiceOperator) {
    throw new AppError("EINVOICE_OPERATOR_REQUIRED", { field: "einvoiceOperator" });
  }
  if (input.einvoiceOperator && !input.einvoiceAddress) {
    throw new AppError("EINVOICE_ADDRESS_REQUIRED", { field: "einvoiceAddress" });
  }
}

export async function createCustomer(ctx: TenantContext, input: CustomerInput) {
  checkCustomer(input);
  const now = ctx.clock();
  const { reminderRuleId: requestedRule, ...fields } = input;
  try {
    return await ctx.db.transaction(async (tx) => {
      const reminderRuleId = await resolveCustomerRule(tx, ctx.tenant.organizationId, fields, requestedRule, null);
      const [row] = await tx
        .insert(customers)
        .values({
          ...fields,
          reminderRuleId,
          organizationId: ctx.tenant.organizationId,
          ownerUserId: ctx.auth.user.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error("customer insert returned nothing");
      await writeAudit(tx, {
        at: now,
        actorUserId: ctx.auth.user.id,
        organizationId: ctx.tenant.organizationId,
        action: "customer.created",
        entityType: "customer",
        entityId: row.id,
        after: { ...fields, reminderRuleId },
        requestId: ctx.requestId,
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CUSTOMER_NUMBER_TAKEN", { field: "customerNumber", params: { customerNumber: input.customerNumber } });
    }
    throw error;
  }
}

export async function ownCustomer(ctx: TenantContext, customerId: string) {
  const [row] = await ctx.db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.id, customerId),
        eq(customers.ownerUserId, ctx.auth.user.id),
        eq(customers.organizationId, ctx.tenant.organizationId),
      ),
    );
  if (!row) throw new AppError("CUSTOMER_NOT_FOUND", { field: "customerId" });
  return row;
}

export async function updateCustomer(ctx: TenantContext, customerId: string, input: CustomerInput) {
  checkCustomer(input);
  const before = await ownCustomer(ctx, customerId);
  const now = ctx.clock();
  const { reminderRuleId: requestedRule, ...fields } = input;
  try {
    return await ctx.db.transaction(async (tx) => {
      const reminderRuleId = await resolveCustomerRule(tx, ctx.tenant.organizationId, fields, requestedRule, {
        ruleId: before.reminderRuleId,
      });
      const [row] = await tx
        .update(customers)
        .set({ ...fields, reminderRuleId, updatedAt: now })
        .where(eq(customers.id, customerId))
        .returning();
      await writeAudit(tx, {
        at: now,
        actorUserId: ctx.auth.user.id,
        organizationId: ctx.tenant.organizationId,
        action: "customer.updated",
        entityType: "customer",
        entityId: customerId,
        before,
        after: { ...fields, reminderRuleId },
        requestId: ctx.requestId,
      });
      if (!row) throw new Error("customer update returned nothing");
      const who = { at: now, actorUserId: ctx.auth.user.id, organizationId: ctx.tenant.organizationId, requestId: ctx.requestId };
      await auditRuleChange(tx, who, row, before.reminderRuleId, reminderRuleId);
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CUSTOMER_NUMBER_TAKEN", { field: "customerNumber", params: { customerNumber: input.customerNumber } });
    }
    throw error;
  }
}

export async function listCustomers(ctx: TenantContext, query: string | undefined) {
  const own = and(eq(customers.ownerUserId, ctx.auth.user.id), eq(customers.organizationId, ctx.tenant.organizationId));
  const q = query?.trim();
  return ctx.db
    .select()
    .from(customers)
    .where(q ? and(own, or(ilike(customers.name, `%${q.replace(/[%_\\]/g, "\\$&")}%`), eq(customers.customerNumber, q))) : own)
    .orderBy(q ? sql`similarity(${customers.name}, ${q}) desc` : asc(customers.name))
    .limit(200);
}

import {
  addDays,
  calculateInvoiceTotals,
  checkInvoiceDates,
  helsinkiToday,
  quantityToThousandths,
  raise,
  vatRateToBasisPoints,
} from "@reskontra/domain";
import { eq } from "drizzle-orm";
import { invoiceRows, invoices, writeAudit, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import type { Membership } from "../trpc/context";
import { ownCustomer } from "./customers";
import { loadVisibleInvoice } from "./invoice-access";
import { decideOrThrow, invoiceStateOf } from "./invoice-lifecycle";
import type { InvoiceDraftInput } from "@reskontra/contracts/invoices";

type TenantContext = AuthedContext & { tenant: Membership };

function amountsOf(input: InvoiceDraftInput) {
  const computed = calculateInvoiceTotals(input.rows);
  const rows = input.rows.map((row, index) => {
    const amounts = computed.rows[index];
    if (!amounts) throw new Error("row amounts missing");
    return {
      position: index + 1,
      description: row.description,
      quantityMilli: quantityToThousandths(row.quantity, `rows.${index}.quantity`),
      unit: row.unit,
      unitPriceCents: row.unitPriceCents,
      vatRateBp: vatRateToBasisPoints(row.vatRatePercent, `rows.${index}.vatRatePercent`),
      ...amounts,
    };
  });
  return { rows, totals: computed.totals };
}

/**
 * The invoice's dates against today's business date (the window is explained in the refusal). The
 * form sets the due date through the payment terms, so a due-date refusal lands on that field.
 */
export function checkDraftDates(
  input: Pick<InvoiceDraftInput, "issueDate" | "paymentTermsDays" | "deliveryDate">,
  dueDate: string,
  now: Date,
) {
  const refusal = checkInvoiceDates(
    { issueDate: input.issueDate, dueDate, deliveryDate: input.deliveryDate },
    helsinkiToday(now),
    "paymentTermsDays",
  );
  if (refusal) raise(refusal);
}

async function writeRows(tx: DbOrTx, invoiceId: string, rows: ReturnType<typeof amountsOf>["rows"]) {
  await tx.delete(invoiceRows).where(eq(invoiceRows.invoiceId, invoiceId));
  await tx.insert(invoiceRows).values(rows.map((r) => ({ ...r, invoiceId })));
}

export async function createDraft(ctx: TenantContext, input: InvoiceDraftInput) {
  if (!ctx.auth.user.userNumber) throw new AppError("USER_NUMBER_MISSING");
  await ownCustomer(ctx, input.customerId);
  const { rows, totals } = amountsOf(input);
  const now = ctx.clock();
  const dueDate = addDays(input.issueDate, input.paymentTermsDays);
  checkDraftDates(input, dueDate, now);
  return ctx.db.transaction(async (tx) => {
    const [invoice] = await tx
      .insert(invoices)
      .values({
        organizationId: ctx.tenant.organizationId,
        userId: ctx.auth.user.id,
        customerId: input.customerId,
        status: "draft",
        issueDate: input.issueDate,
        dueDate,
        deliveryDate: input.deliveryDate,
        paymentTermsDays: input.paymentTermsDays,
        deliveryMethod: input.deliveryMethod,
        notes: input.notes,
        netCents: totals.netCents,
        vatCents: totals.vatCents,
        grossCents: totals.grossCents,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!invoice) throw new Error("invoice insert returned nothing");
    await writeRows(tx, invoice.id, rows);
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: ctx.tenant.organizationId,
      action: "invoice.created",
      entityType: "invoice",
      entityId: invoice.id,
      after: { grossCents: totals.grossCents, rows: rows.length, deliveryMethod: input.deliveryMethod },
      requestId: ctx.requestId,
    });
    return invoice;
  });
}

export async function updateDraft(ctx: TenantContext, invoiceId: string, input: InvoiceDraftInput) {
  await ownCustomer(ctx, input.customerId);
  const { rows, totals } = amountsOf(input);
  const now = ctx.clock();
  const dueDate = addDays(input.issueDate, input.paymentTermsDays);
  checkDraftDates(input, dueDate, now);
  return ctx.db.transaction(async (tx) => {
    const before = await loadVisibleInvoice(ctx, invoiceId, { db: tx, forUpdate: true, ownerOnly: true });
    decideOrThrow(invoiceStateOf(before), { type: "edit" }, now);
    const [invoice] = await tx
      .update(invoices)
      .set({
        customerId: input.customerId,
        issueDate: input.issueDate,
        dueDate,
        deliveryDate: input.deliveryDate,
        paymentTermsDays: input.paymentTermsDays,
        deliveryMethod: input.deliveryMethod,
        notes: input.notes,
        netCents: totals.netCents,
        vatCents: totals.vatCents,
        grossCents: totals.grossCents,
        updatedAt: now,
      })
      .where(eq(invoices.id, invoiceId))
      .returning();
    await writeRows(tx, invoiceId, rows);
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: before.organizationId,
      action: "invoice.updated",
      entityType: "invoice",
      entityId: invoiceId,
      before: { grossCents: before.grossCents, deliveryMethod: before.deliveryMethod, dueDate: before.dueDate },
      after: { grossCents: totals.grossCents, deliveryMethod: input.deliveryMethod, dueDate: invoice?.dueDate },
      requestId: ctx.requestId,
    });
    if (!invoice) throw new Error("invoice update returned nothing");
    return invoice;
  });
}

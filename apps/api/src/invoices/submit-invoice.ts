import { createReference, invoiceNumber } from "@reskontra/domain";
import { eq, sql } from "drizzle-orm";
import { customers, invoices, queryRows, writeAudit, type BuyerSnapshot, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import { checkDraftDates } from "./drafts";
import { loadVisibleInvoice } from "./invoice-access";
import { decideOrThrow, invoiceStateOf } from "./invoice-lifecycle";

/**
 * The next running number of one user. The upsert takes the row lock, so concurrent submits of the
 * same user queue behind each other; a rolled-back submit gives its number back: no gaps, no twins.
 */
export async function allocateSequence(tx: DbOrTx, userId: string): Promise<number> {
  const rows = await queryRows<{ last_sequence: number }>(
    tx,
    sql`insert into invoice_sequences (user_id, last_sequence) values (${userId}, 1)
        on conflict (user_id) do update set last_sequence = invoice_sequences.last_sequence + 1
        returning last_sequence`,
  );
  const value = rows[0]?.last_sequence;
  if (value === undefined) throw new Error("sequence allocation returned nothing");
  return Number(value);
}

export function checkDeliveryMethod(method: string, customer: typeof customers.$inferSelect): void {
  if (method === "email" && !customer.email) throw new AppError("DELIVERY_EMAIL_MISSING", { field: "deliveryMethod" });
  if (method === "einvoice" && !(customer.einvoiceAddress && customer.einvoiceOperator)) {
    throw new AppError("DELIVERY_EINVOICE_MISSING", { field: "deliveryMethod" });
  }
}

export function snapshotOf(customer: typeof customers.$inferSelect): BuyerSnapshot {
  return {
    name: customer.name,
    isPerson: customer.isPerson,
    businessId: customer.isPerson ? null : customer.businessId,
    customerNumber: customer.customerNumber,
    countryCode: customer.countryCode,
    street: customer.street,
    postalCode: customer.postalCode,
    city: customer.city,
    email: customer.email,
    einvoiceAddress: customer.einvoiceAddress,
    einvoiceOperator: customer.einvoiceOperator,
  };
}

/** Draft or corrected invoice → submitted: number, reference, buyer snapshot and the same-day deadline. */
export async function submitInvoice(ctx: AuthedContext, invoiceId: string) {
  const userNumber = ctx.auth.user.userNumber;
  if (!userNumber) throw new AppError("USER_NUMBER_MISSING");
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const invoice = await loadVisibleInvoice(ctx, invoiceId, { db: tx, forUpdate: true, ownerOnly: true });
    const { state, events } = decideOrThrow(invoiceStateOf(invoice), { type: "submit" }, now);
    const submitted = events.find((e) => e.type === "invoice_submitted");
    if (!submitted) throw new Error("submit decided without a submission");
    const [customer] = await tx.select().from(customers).where(eq(customers.id, invoice.customerId));
    if (!customer) throw new AppError("CUSTOMER_NOT_FOUND", { field: "customerId" });
    checkDeliveryMethod(invoice.deliveryMethod, customer);
    // A draft saved long ago is checked against today again: it goes out with the dates it carries.
    checkDraftDates(invoice, invoice.dueDate, now);

    // A resubmitted invoice keeps the number it already carries.
    const sequence = invoice.sequence ?? (await allocateSequence(tx, invoice.userId));
    const number = invoice.invoiceNumber ?? invoiceNumber(userNumber, sequence);
    const [updated] = await tx
      .update(invoices)
      .set({
        status: state.status,
        sequence,
        invoiceNumber: number,
        reference: createReference(number),
        buyerSnapshot: snapshotOf(customer),
        submittedAt: now,
        deadlineAt: submitted.deadlineAt,
        updatedAt: now,
      })
      .where(eq(invoices.id, invoiceId))
      .returning();
    if (!updated) throw new Error("submit update returned nothing");
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: invoice.organizationId,
      action: submitted.resubmitted ? "invoice.resubmitted" : "invoice.submitted",
      entityType: "invoice",
      entityId: invoiceId,
      before: { status: invoice.status },
      after: { status: state.status, invoiceNumber: number, deadlineAt: updated.deadlineAt },
      requestId: ctx.requestId,
    });
    return updated;
  });
}

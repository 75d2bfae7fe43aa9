import { createReference, invoiceNumber, toHelsinkiWallClock } from "@reskontra/domain";
import { eq } from "drizzle-orm";
import { invoiceRows, invoices, payments, users, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import { lockInvoice } from "./invoice-access";
import { eurosForMessage } from "./money-text";
import { allocateSequence } from "./submit-invoice";

/** Records a full or partial payment; the invoice is paid when nothing stays open. */
export async function recordPayment(ctx: AuthedContext, input: { invoiceId: string; amountCents: number; paidOn: string }) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, input.invoiceId);
    if (invoice.status !== "sent" || invoice.kind !== "invoice") throw new AppError("INVOICE_NOT_OPEN");
    const open = invoice.grossCents - invoice.paidCents;
    if (input.amountCents > open) {
      throw new AppError("PAYMENT_EXCEEDS_OPEN", {
        field: "amountCents",
        params: { amount: eurosForMessage(input.amountCents), open: eurosForMessage(open) },
      });
    }
    const paidCents = invoice.paidCents + input.amountCents;
    const fullyPaid = paidCents === invoice.grossCents;
    await tx.insert(payments).values({
      invoiceId: invoice.id,
      amountCents: input.amountCents,
      paidOn: input.paidOn,
      recordedBy: ctx.auth.user.id,
      createdAt: now,
    });
    const [updated] = await tx
      .update(invoices)
      .set({ paidCents, status: fullyPaid ? "paid" : "sent", paidAt: fullyPaid ? now : null, updatedAt: now })
      .where(eq(invoices.id, invoice.id))
      .returning();
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: invoice.organizationId,
      action: fullyPaid ? "invoice.paid" : "invoice.partially_paid",
      entityType: "invoice",
      entityId: invoice.id,
      before: { paidCents: invoice.paidCents, status: invoice.status },
      after: { paidCents, status: updated?.status, amountCents: input.amountCents, paidOn: input.paidOn },
      requestId: ctx.requestId,
    });
    if (!updated) throw new Error("payment update returned nothing");
    return updated;
  });
}

/**
 * A credit note for the open part of a sent invoice: negative rows, its own number from the user's
 * sequence, submitted for dispatch like any invoice. The original becomes credited.
 */
export async function createCreditNote(ctx: AuthedContext, input: { invoiceId: string; reason: string }) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const original = await lockInvoice(tx, input.invoiceId);
    if (original.kind !== "invoice" || original.status !== "sent" || original.paidCents !== 0) {
      throw new AppError("INVOICE_NOT_CREDITABLE");
    }
    const [owner] = await tx.select().from(users).where(eq(users.id, original.userId));
    if (!owner?.userNumber) throw new AppError("USER_NUMBER_MISSING");
    const rows = await tx.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, original.id));
    const sequence = await allocateSequence(tx, original.userId);
    const number = invoiceNumber(owner.userNumber, sequence);
    const [credit] = await tx
      .insert(invoices)
      .values({
        organizationId: original.organizationId,
        userId: original.userId,
        customerId: original.customerId,
        kind: "credit_note",
        creditedInvoiceId: original.id,
        status: "submitted",
        sequence,
        invoiceNumber: number,
        reference: createReference(number),
        issueDate: toHelsinkiWallClock(now.getTime()).date,
        dueDate: original.dueDate,
        paymentTermsDays: 0,
        deliveryMethod: original.deliveryMethod,
        notes: input.reason,
        netCents: -original.netCents,
        vatCents: -original.vatCents,
        grossCents: -original.grossCents,
        buyerSnapshot: original.buyerSnapshot,
        submittedAt: now,
        deadlineAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!credit) throw new Error("credit note insert returned nothing");
    await tx.insert(invoiceRows).values(
      rows.map(({ id: _id, invoiceId: _invoiceId, ...row }) => ({
        ...row,
        invoiceId: credit.id,
        quantityMilli: -row.quantityMilli,
        netCents: -row.netCents,
        vatCents: -row.vatCents,
        grossCents: -row.grossCents,
      })),
    );
    await tx.update(invoices).set({ status: "credited", updatedAt: now }).where(eq(invoices.id, original.id));
    for (const [entityId, action] of [
      [original.id, "invoice.credited"],
      [credit.id, "invoice.credit_note_created"],
    ] as const) {
      await writeAudit(tx, {
        at: now,
        actorUserId: ctx.auth.user.id,
        organizationId: original.organizationId,
        action,
        entityType: "invoice",
        entityId,
        after: { creditNoteId: credit.id, creditNoteNumber: number, originalId: original.id, reason: input.reason },
        requestId: ctx.requestId,
      });
    }
    return credit;
  });
}

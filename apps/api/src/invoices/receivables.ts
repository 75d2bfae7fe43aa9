import {
  checkPaymentDate,
  createReference,
  creditNoteRow,
  creditNoteTotals,
  helsinkiToday,
  invoiceNumber,
  sameDayDeadline,
  raise,
  toCents,
} from "@reskontra/domain";
import { eq } from "drizzle-orm";
import { invoiceRows, invoices, payments, users, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import { lockInvoice } from "./invoice-access";
import { decideOrThrow, invoiceStateOf } from "./invoice-lifecycle";
import { allocateSequence } from "./submit-invoice";

/** Records a full or partial payment; the invoice is paid when nothing stays open. */
export async function recordPayment(ctx: AuthedContext, input: { invoiceId: string; amountCents: number; paidOn: string }) {
  const now = ctx.clock();
  const futureDate = checkPaymentDate(input.paidOn, helsinkiToday(now));
  if (futureDate) raise(futureDate);
  return ctx.db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, input.invoiceId);
    const amountCents = toCents(input.amountCents);
    const { state } = decideOrThrow(invoiceStateOf(invoice), { type: "record_payment", amountCents }, now);
    const paidCents = state.paidCents;
    const fullyPaid = state.status === "paid";
    await tx.insert(payments).values({
      invoiceId: invoice.id,
      amountCents: input.amountCents,
      paidOn: input.paidOn,
      recordedBy: ctx.auth.user.id,
      createdAt: now,
    });
    const [updated] = await tx
      .update(invoices)
      .set({ paidCents, status: state.status, paidAt: fullyPaid ? now : null, updatedAt: now })
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
    const { state } = decideOrThrow(invoiceStateOf(original), { type: "credit" }, now);
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
        issueDate: helsinkiToday(now),
        dueDate: original.dueDate,
        paymentTermsDays: 0,
        deliveryMethod: original.deliveryMethod,
        notes: input.reason,
        ...creditNoteTotals(original),
        buyerSnapshot: original.buyerSnapshot,
        submittedAt: now,
        // The same-day promise as for any submitted invoice: a credit note is not late the moment it exists.
        deadlineAt: sameDayDeadline(now),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!credit) throw new Error("credit note insert returned nothing");
    await tx
      .insert(invoiceRows)
      .values(rows.map(({ id: _id, invoiceId: _invoiceId, ...row }) => ({ ...creditNoteRow(row), invoiceId: credit.id })));
    await tx.update(invoices).set({ status: state.status, updatedAt: now }).where(eq(invoices.id, original.id));
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

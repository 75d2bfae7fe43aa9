import { and, eq } from "drizzle-orm";
import { createReference, invoiceNumber } from "@reskontra/domain";
import { customers, invoiceRows, invoices, type BuyerSnapshot, type Db } from "@reskontra/db";
import type { SeededDemo } from "./seed-demo";

const OWNER = "ville.virtanen@demo.reskontra.fi";

/**
 * Sent, unpaid demo invoices of user 100102, so the reminders' dry run has something to show:
 * a consumer's long overdue one, a business's, a Swedish company's (blocked) and a consumer's
 * that is not yet due for a reminder. Their running numbers start at 9001, past anything the
 * demo reaches by hand, and do not touch the user's sequence: the first invoice a user submits
 * is still 1001021.
 */
const DEMO_OVERDUE = [
  { sequence: 9001, customerNumber: "1", issueDate: "2026-09-15", dueDate: "2026-09-29", description: "Ikkunanpesu", net: 16000 },
  {
    sequence: 9002,
    customerNumber: "2",
    issueDate: "2026-10-19",
    dueDate: "2026-11-02",
    description: "Toimiston siivous, lokakuu",
    net: 48000,
  },
  {
    sequence: 9003,
    customerNumber: "3",
    issueDate: "2026-10-01",
    dueDate: "2026-10-15",
    description: "Muuttosiivous",
    net: 30000,
  },
  { sequence: 9004, customerNumber: "1", issueDate: "2026-11-01", dueDate: "2026-11-15", description: "Kotisiivous", net: 8000 },
] as const;

const VAT_BP = 2550;

export async function seedDemoReminders(db: Db, demo: SeededDemo): Promise<void> {
  const userId = demo.userIds[OWNER];
  if (!userId) return;
  const organizationId = demo.organizationIds.virtanen;
  for (const item of DEMO_OVERDUE) {
    const number = invoiceNumber("100102", item.sequence);
    const [existing] = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.invoiceNumber, number));
    if (existing) continue;
    const [customer] = await db
      .select()
      .from(customers)
      .where(and(eq(customers.ownerUserId, userId), eq(customers.customerNumber, item.customerNumber)));
    if (!customer) continue;
    const buyer: BuyerSnapshot = {
      name: customer.name,
      isPerson: customer.isPerson,
      businessId: customer.businessId,
      customerNumber: customer.customerNumber,
      countryCode: customer.countryCode,
      street: customer.street,
      postalCode: customer.postalCode,
      city: customer.city,
      email: customer.email,
      einvoiceAddress: customer.einvoiceAddress,
      einvoiceOperator: customer.einvoiceOperator,
    };
    const vat = Math.round((item.net * VAT_BP) / 10_000);
    const sentAt = new Date(`${item.issueDate}T09:00:00Z`);
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(invoices)
        .values({
          organizationId,
          userId,
          customerId: customer.id,
          status: "sent",
          sequence: item.sequence,
          invoiceNumber: number,
          reference: createReference(number),
          issueDate: item.issueDate,
          dueDate: item.dueDate,
          paymentTermsDays: 14,
          deliveryMethod: customer.einvoiceAddress ? "einvoice" : customer.email ? "email" : "post",
          netCents: item.net,
          vatCents: vat,
          grossCents: item.net + vat,
          buyerSnapshot: buyer,
          submittedAt: sentAt,
          deadlineAt: sentAt,
          sentAt,
          createdAt: sentAt,
          updatedAt: sentAt,
        })
        .returning({ id: invoices.id });
      if (!row) throw new Error(`could not seed invoice ${number}`);
      await tx.insert(invoiceRows).values({
        invoiceId: row.id,
        position: 1,
        description: item.description,
        quantityMilli: 1000,
        unit: "kpl",
        unitPriceCents: item.net,
        vatRateBp: VAT_BP,
        netCents: item.net,
        vatCents: vat,
        grossCents: item.net + vat,
      });
    });
  }
}

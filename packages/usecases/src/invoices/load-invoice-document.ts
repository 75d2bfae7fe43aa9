import { asc, eq, inArray } from "drizzle-orm";
import { customers, invoiceRows, invoices, organizations, users, voucherEvents, type DbOrTx } from "@reskontra/db";
import { epcQrPayload, formatReference } from "@reskontra/domain";
import {
  vatSummaryOf,
  vatTreatmentFor,
  type DocumentLanguage,
  type InvoiceDocument,
  type InvoiceDocumentRow,
  type VatBreakdownLine,
} from "@reskontra/documents";
import type { UseCaseDeps } from "../deps";
import { DispatchRefusedError } from "./dispatch-errors";
import { maskInvoiceDocument } from "./mask-invoice-document";
import { parseBuyerSnapshot, resolveSeller, toDocumentBuyer, type OrganizationBilling } from "./invoice-parties";
import { paymentCodes } from "./payment-codes";

export type InvoiceRecord = typeof invoices.$inferSelect;

/** The invoice's owner: who is notified, in their own language (the screens' Finnish or English). */
export interface InvoiceOwner {
  id: string;
  email: string;
  name: string;
  language: "fi" | "en";
}

/**
 * The language the document and its mail speak to the buyer: the customer card's Swedish or English
 * when chosen there; for a Finnish (default) card, the owner's language, as documents spoke before
 * customers had a language, so an English-speaking owner's existing customers keep their English invoices.
 */
export function buyerLanguage(customerLanguage: DocumentLanguage | null | undefined, owner: InvoiceOwner): DocumentLanguage {
  return customerLanguage === "sv" || customerLanguage === "en" ? customerLanguage : owner.language;
}

export interface LoadedInvoice {
  invoice: InvoiceRecord;
  owner: InvoiceOwner;
  document: InvoiceDocument;
}

/** An InvoiceDocument built from the database: the invoice, its rows and the buyer as it was at submit. */
export async function loadInvoiceDocument(
  { db }: Pick<UseCaseDeps, "db">,
  { invoiceId }: { invoiceId: string },
): Promise<InvoiceDocument> {
  return (await loadInvoice(db, invoiceId)).document;
}

export async function loadInvoice(db: DbOrTx, invoiceId: string): Promise<LoadedInvoice> {
  const [invoice] = await db.select().from(invoices).where(eq(invoices.id, invoiceId));
  if (!invoice) throw new DispatchRefusedError(`invoice ${invoiceId} does not exist`);
  const { invoiceNumber, reference } = invoice;
  if (!invoiceNumber || !reference) {
    throw new DispatchRefusedError(
      `invoice ${invoiceId} has no number or reference: it was never submitted`,
      "invoice_not_submitted",
    );
  }
  const buyer = parseBuyerSnapshot(invoice.buyerSnapshot, invoiceId);
  const [ownerRow] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.id, invoice.userId));
  if (!ownerRow) throw new DispatchRefusedError(`invoice ${invoiceId} has no owning user`);
  const owner: InvoiceOwner = { ...ownerRow, language: ownerRow.locale === "en" ? "en" : "fi" };
  const [customer] = await db
    .select({ language: customers.language })
    .from(customers)
    .where(eq(customers.id, invoice.customerId));

  const [own] = await db.select().from(organizations).where(eq(organizations.id, invoice.organizationId));
  if (!own) throw new DispatchRefusedError(`invoice ${invoiceId} has no organization`);
  const [operator] =
    own.kind === "operator" ? [own] : await db.select().from(organizations).where(eq(organizations.kind, "operator")).limit(1);
  const seller = resolveSeller(own satisfies OrganizationBilling, operator ?? null);

  // Co-payments for service vouchers are social welfare services, exempt from VAT (AVL 37 §); so are their credits.
  const exempt = (await isCoPaymentInvoice(db, invoice)) ? vatTreatmentFor("socialWelfare", owner.language) : null;
  const rows = (
    await db.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, invoiceId)).orderBy(asc(invoiceRows.position))
  ).map((r): InvoiceDocumentRow => ({
    ...(exempt && r.vatRateBp === 0 ? exempt : {}),
    description: r.description,
    // Thousandths and basis points are exact integers in the database; the document speaks in plain numbers.
    quantity: r.quantityMilli / 1000,
    unit: r.unit ?? undefined,
    unitPriceCents: r.unitPriceCents,
    vatRatePercent: r.vatRateBp / 100,
    netCents: r.netCents,
    vatCents: r.vatCents,
    grossCents: r.grossCents,
  }));
  const { vatBreakdown, totals } = bookedVatSummary(rows, invoice);
  // The document must not disagree with the ledger: refuse rather than print other sums than were booked.
  if (totals.netCents !== invoice.netCents || totals.vatCents !== invoice.vatCents || totals.grossCents !== invoice.grossCents) {
    throw new DispatchRefusedError(
      `invoice ${invoiceNumber}: rows sum to ${totals.grossCents} cents but the invoice records ${invoice.grossCents}`,
      "invoice_data_invalid",
    );
  }

  const isCredit = invoice.kind === "credit_note";
  const payable = isCredit || totals.grossCents <= 0 ? 0 : totals.grossCents;
  const document: InvoiceDocument = {
    kind: isCredit ? "credit_note" : "invoice",
    language: buyerLanguage(customer?.language, owner),
    invoiceNumber,
    referenceNumber: reference,
    referenceFormatted: formatReference(reference),
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    deliveryDate: invoice.deliveryDate ?? undefined,
    paymentTermsDays: invoice.paymentTermsDays,
    seller,
    buyer: toDocumentBuyer(buyer),
    rows,
    vatBreakdown,
    totals,
    // A credit note asks for nothing: no barcode, and a QR payload with no amount or due date (neither is printed).
    ...(isCredit
      ? {
          virtualBarcode: null,
          epcQrPayload: epcQrPayload({ name: seller.name.slice(0, 70), iban: seller.iban, bic: seller.bic, reference }),
        }
      : paymentCodes({ seller, amountCents: payable, reference, dueDate: invoice.dueDate })),
    originalInvoice: isCredit ? await originalInvoiceRef(db, invoice) : undefined,
    notes: invoice.notes ?? undefined,
  };
  return { invoice, owner, document: maskInvoiceDocument(document) };
}

type VatSummary = { vatBreakdown: VatBreakdownLine[]; totals: InvoiceDocument["totals"] };

/**
 * The VAT per rate as booked. Invoices are booked with each rate applied once to its rows
 * (EN 16931 BR-CO-17). An invoice booked before that rule carries the sum of its rows' VAT:
 * it is printed as booked, with each rate's VAT the sum of its rows, so a resend matches the ledger.
 */
function bookedVatSummary(rows: InvoiceDocumentRow[], booked: InvoiceRecord): VatSummary {
  const summary = vatSummaryOf(rows);
  if (summary.totals.vatCents === booked.vatCents) return summary;
  const rowVat = rows.reduce((sum, r) => sum + r.vatCents, 0);
  if (rowVat !== booked.vatCents) return summary;
  const vatBreakdown = summary.vatBreakdown.map((line) => ({
    ...line,
    vatCents: rows
      .filter((r) => r.vatRatePercent === line.vatRatePercent && r.vatCategory === line.vatCategory)
      .reduce((sum, r) => sum + r.vatCents, 0),
  }));
  const { netCents } = summary.totals;
  return { vatBreakdown, totals: { netCents, vatCents: rowVat, grossCents: netCents + rowVat } };
}

/** Whether the invoice (or the invoice a credit note credits) bills service-voucher co-payments. */
async function isCoPaymentInvoice(db: DbOrTx, invoice: InvoiceRecord): Promise<boolean> {
  const ids = invoice.creditedInvoiceId ? [invoice.id, invoice.creditedInvoiceId] : [invoice.id];
  const [event] = await db
    .select({ id: voucherEvents.id })
    .from(voucherEvents)
    .where(inArray(voucherEvents.coPaymentInvoiceId, ids))
    .limit(1);
  return event !== undefined;
}

async function originalInvoiceRef(db: DbOrTx, creditNote: InvoiceRecord): Promise<InvoiceDocument["originalInvoice"]> {
  if (!creditNote.creditedInvoiceId) return undefined;
  const [original] = await db.select().from(invoices).where(eq(invoices.id, creditNote.creditedInvoiceId));
  if (!original?.invoiceNumber || !original.reference) return undefined;
  return {
    invoiceNumber: original.invoiceNumber,
    referenceNumber: original.reference,
    dueDate: original.dueDate,
    openCents: original.grossCents - original.paidCents,
  };
}

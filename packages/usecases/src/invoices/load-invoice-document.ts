import { asc, eq } from "drizzle-orm";
import { invoiceRows, invoices, organizations, users, type DbOrTx } from "@reskontra/db";
import { epcQrPayload, formatReference, virtualBarcode } from "@reskontra/domain";
import type { DocumentLanguage, InvoiceDocument, InvoiceDocumentRow, VatBreakdownLine } from "@reskontra/documents";
import type { UseCaseDeps } from "../deps";
import { DispatchRefusedError } from "./dispatch-errors";
import { maskInvoiceDocument } from "./mask-invoice-document";
import { parseBuyerSnapshot, resolveSeller, toDocumentBuyer, type OrganizationBilling } from "./invoice-parties";

export type InvoiceRecord = typeof invoices.$inferSelect;

/** The invoice's owner: who is notified, and whose language the document speaks. */
export interface InvoiceOwner {
  id: string;
  email: string;
  name: string;
  language: DocumentLanguage;
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
    throw new DispatchRefusedError(`invoice ${invoiceId} has no number or reference: it was never submitted`);
  }
  const buyer = parseBuyerSnapshot(invoice.buyerSnapshot, invoiceId);
  const [ownerRow] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.id, invoice.userId));
  if (!ownerRow) throw new DispatchRefusedError(`invoice ${invoiceId} has no owning user`);
  const owner: InvoiceOwner = { ...ownerRow, language: ownerRow.locale === "en" ? "en" : "fi" };

  const [own] = await db.select().from(organizations).where(eq(organizations.id, invoice.organizationId));
  if (!own) throw new DispatchRefusedError(`invoice ${invoiceId} has no organization`);
  const [operator] =
    own.kind === "operator" ? [own] : await db.select().from(organizations).where(eq(organizations.kind, "operator")).limit(1);
  const seller = resolveSeller(own satisfies OrganizationBilling, operator ?? null);

  const rows = (
    await db.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, invoiceId)).orderBy(asc(invoiceRows.position))
  ).map((r): InvoiceDocumentRow => ({
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
  const totals = sumRows(rows);
  // The document must not disagree with the ledger: refuse rather than print other sums than were booked.
  if (totals.netCents !== invoice.netCents || totals.vatCents !== invoice.vatCents || totals.grossCents !== invoice.grossCents) {
    throw new DispatchRefusedError(
      `invoice ${invoiceNumber}: rows sum to ${totals.grossCents} cents but the invoice records ${invoice.grossCents}`,
    );
  }

  const isCredit = invoice.kind === "credit_note";
  // A credit note asks for nothing: zero amount and no due date in the barcode, no amount in the QR code.
  const payable = isCredit || totals.grossCents <= 0 ? 0 : totals.grossCents;
  const document: InvoiceDocument = {
    kind: isCredit ? "credit_note" : "invoice",
    language: owner.language,
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
    vatBreakdown: vatBreakdown(rows),
    totals,
    virtualBarcode: virtualBarcode({
      iban: seller.iban,
      amountCents: payable,
      reference,
      dueDate: isCredit ? null : invoice.dueDate,
    }),
    epcQrPayload: epcQrPayload({
      name: seller.name.slice(0, 70),
      iban: seller.iban,
      bic: seller.bic,
      amountCents: payable > 0 ? payable : undefined,
      reference,
    }),
    originalInvoice: isCredit ? await originalInvoiceRef(db, invoice) : undefined,
    notes: invoice.notes ?? undefined,
  };
  return { invoice, owner, document: maskInvoiceDocument(document) };
}

function sumRows(rows: InvoiceDocumentRow[]): InvoiceDocument["totals"] {
  return rows.reduce(
    (t, r) => ({ netCents: t.netCents + r.netCents, vatCents: t.vatCents + r.vatCents, grossCents: t.grossCents + r.grossCents }),
    { netCents: 0, vatCents: 0, grossCents: 0 },
  );
}

/** One line per VAT rate, highest rate first, as Finnish invoices usually list them. */
function vatBreakdown(rows: InvoiceDocumentRow[]): VatBreakdownLine[] {
  const byRate = new Map<number, VatBreakdownLine>();
  for (const r of rows) {
    const line = byRate.get(r.vatRatePercent) ?? { vatRatePercent: r.vatRatePercent, netCents: 0, vatCents: 0 };
    line.netCents += r.netCents;
    line.vatCents += r.vatCents;
    byRate.set(r.vatRatePercent, line);
  }
  return [...byRate.values()].sort((a, b) => b.vatRatePercent - a.vatRatePercent);
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

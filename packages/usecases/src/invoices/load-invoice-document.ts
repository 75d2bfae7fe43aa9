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
  const loaded = (await loadInvoices(db, [invoiceId])).get(invoiceId);
  if (loaded === undefined || loaded instanceof Error)
    throw loaded ?? new DispatchRefusedError(`invoice ${invoiceId} does not exist`);
  return loaded;
}

/** What loadInvoices read for many invoices at once: each table once, not once per invoice. */
interface LoadedTables {
  owners: Map<string, InvoiceOwner>;
  customerLanguages: Map<string, DocumentLanguage | null>;
  organizations: Map<string, typeof organizations.$inferSelect>;
  operator: typeof organizations.$inferSelect | null;
  coPaymentInvoiceIds: Set<string>;
  rows: Map<string, (typeof invoiceRows.$inferSelect)[]>;
  originals: Map<string, InvoiceRecord>;
}

/**
 * Many invoices' documents in a fixed number of statements (one per table, however many invoices):
 * a batch of dispatches costs the database what one did. Each id maps to its loaded invoice, or to
 * the refusal that says why it cannot be sent; an id that does not exist maps to a refusal too.
 */
export async function loadInvoices(
  db: DbOrTx,
  invoiceIds: readonly string[],
): Promise<Map<string, LoadedInvoice | DispatchRefusedError>> {
  const ids = [...new Set(invoiceIds)];
  const found = ids.length === 0 ? [] : await db.select().from(invoices).where(inArray(invoices.id, ids));
  const tables = await loadTables(db, found);
  const result = new Map<string, LoadedInvoice | DispatchRefusedError>();
  for (const id of ids) result.set(id, new DispatchRefusedError(`invoice ${id} does not exist`));
  for (const invoice of found) {
    try {
      result.set(invoice.id, buildLoaded(invoice, tables));
    } catch (error) {
      if (!(error instanceof DispatchRefusedError)) throw error;
      result.set(invoice.id, error);
    }
  }
  return result;
}

async function loadTables(db: DbOrTx, found: InvoiceRecord[]): Promise<LoadedTables> {
  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
  const invoiceIds = found.map((i) => i.id);
  const creditedIds = distinct(found.map((i) => i.creditedInvoiceId));
  const some = <T>(values: unknown[], read: () => Promise<T[]>): Promise<T[]> =>
    values.length === 0 ? Promise.resolve([]) : read();
  const [ownerRows, customerRows, orgRows, operatorRows, coPayments, rowRows, originals] = await Promise.all([
    some(found, () =>
      db
        .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
        .from(users)
        .where(inArray(users.id, distinct(found.map((i) => i.userId)))),
    ),
    some(found, () =>
      db
        .select({ id: customers.id, language: customers.language })
        .from(customers)
        .where(inArray(customers.id, distinct(found.map((i) => i.customerId)))),
    ),
    some(found, () =>
      db
        .select()
        .from(organizations)
        .where(inArray(organizations.id, distinct(found.map((i) => i.organizationId)))),
    ),
    some(found, () => db.select().from(organizations).where(eq(organizations.kind, "operator")).limit(1)),
    // Co-payments for service vouchers are social welfare services, exempt from VAT (AVL 37 §); so are their credits.
    some(found, () =>
      db
        .selectDistinct({ invoiceId: voucherEvents.coPaymentInvoiceId })
        .from(voucherEvents)
        .where(inArray(voucherEvents.coPaymentInvoiceId, [...invoiceIds, ...creditedIds])),
    ),
    some(found, () =>
      db
        .select()
        .from(invoiceRows)
        .where(inArray(invoiceRows.invoiceId, invoiceIds))
        .orderBy(asc(invoiceRows.invoiceId), asc(invoiceRows.position)),
    ),
    some(creditedIds, () => db.select().from(invoices).where(inArray(invoices.id, creditedIds))),
  ]);
  const rows = new Map<string, (typeof invoiceRows.$inferSelect)[]>();
  for (const r of rowRows) rows.set(r.invoiceId, [...(rows.get(r.invoiceId) ?? []), r]);
  return {
    owners: new Map(ownerRows.map((o) => [o.id, { ...o, language: o.locale === "en" ? "en" : "fi" }])),
    customerLanguages: new Map(customerRows.map((c) => [c.id, c.language])),
    organizations: new Map(orgRows.map((o) => [o.id, o])),
    operator: operatorRows[0] ?? null,
    coPaymentInvoiceIds: new Set(coPayments.flatMap((c) => (c.invoiceId === null ? [] : [c.invoiceId]))),
    rows,
    originals: new Map(originals.map((o) => [o.id, o])),
  };
}

function buildLoaded(invoice: InvoiceRecord, tables: LoadedTables): LoadedInvoice {
  const invoiceId = invoice.id;
  const { invoiceNumber, reference } = invoice;
  if (!invoiceNumber || !reference) {
    throw new DispatchRefusedError(
      `invoice ${invoiceId} has no number or reference: it was never submitted`,
      "invoice_not_submitted",
    );
  }
  const buyer = parseBuyerSnapshot(invoice.buyerSnapshot, invoiceId);
  const owner = tables.owners.get(invoice.userId);
  if (!owner) throw new DispatchRefusedError(`invoice ${invoiceId} has no owning user`);
  const own = tables.organizations.get(invoice.organizationId);
  if (!own) throw new DispatchRefusedError(`invoice ${invoiceId} has no organization`);
  const operator = own.kind === "operator" ? own : tables.operator;
  const seller = resolveSeller(own satisfies OrganizationBilling, operator);

  const coPayment = [invoice.id, invoice.creditedInvoiceId].some((id) => id !== null && tables.coPaymentInvoiceIds.has(id));
  const exempt = coPayment ? vatTreatmentFor("socialWelfare", owner.language) : null;
  const rows = (tables.rows.get(invoiceId) ?? []).map((r): InvoiceDocumentRow => ({
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
    language: buyerLanguage(tables.customerLanguages.get(invoice.customerId), owner),
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
    originalInvoice: isCredit ? originalInvoiceRef(invoice, tables.originals) : undefined,
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

function originalInvoiceRef(
  creditNote: InvoiceRecord,
  originals: Map<string, InvoiceRecord>,
): InvoiceDocument["originalInvoice"] {
  const original = creditNote.creditedInvoiceId ? originals.get(creditNote.creditedInvoiceId) : undefined;
  if (!original?.invoiceNumber || !original.reference) return undefined;
  return {
    invoiceNumber: original.invoiceNumber,
    referenceNumber: original.reference,
    dueDate: original.dueDate,
    openCents: original.grossCents - original.paidCents,
  };
}

/**
 * Everything a printed invoice, credit note or reminder shows, already computed.
 *
 * The renderers (PDF, Finvoice) only lay out and format these values; they never
 * calculate VAT, references or barcodes, so the documents cannot disagree with the
 * ledger. Money is integer cents; dates are "YYYY-MM-DD" calendar dates.
 *
 * There is deliberately no field for a personal identity code (henkilötunnus):
 * the law forbids printing it, and a field that does not exist cannot leak.
 */
export interface PartyAddress {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  countryCode: string;
}

export type InvoiceDocumentKind = "invoice" | "credit_note" | "reminder";
/** The customer card's language; Finnish by default. */
export type DocumentLanguage = "fi" | "sv" | "en";

export interface InvoiceDocumentSeller {
  name: string;
  businessId?: string;
  address: PartyAddress;
  email?: string;
  phone?: string;
  iban: string;
  bic: string;
  einvoiceAddress?: string;
  operatorId?: string;
}

export interface InvoiceDocumentBuyer {
  name: string;
  businessId?: string;
  /** The seller's own number for this customer (for vouchers: the provider-specific number). */
  customerNumber?: string;
  address: PartyAddress;
  email?: string;
  einvoiceAddress?: string;
  operatorId?: string;
  isPerson: boolean;
}

/**
 * The VAT category of a row by its nature (UNTDID 5305, as EN 16931 and Finvoice use it):
 * S taxed at a standard or reduced rate, Z zero-rated (taxable, rate 0 %, e.g. an export),
 * E exempt (e.g. health and social services, AVL 34–37 §: needs a reason), O outside the
 * scope of VAT (e.g. a reminder fee, late interest or compensation: no supply at all).
 */
export type VatCategory = "S" | "Z" | "E" | "O";

/** The rate and, where the rate alone does not tell, the category and exemption reason. */
export interface VatTreatment {
  vatRatePercent: number;
  /** Left out: S above 0 %, Z at 0 %. */
  vatCategory?: VatCategory;
  /** Why the amount carries no VAT; required for E and O, e.g. "Arvonlisäverolaki 34 §: terveyden- ja sairaanhoito". */
  vatExemptionReason?: string;
}

export interface InvoiceDocumentRow extends VatTreatment {
  description: string;
  quantity: number;
  unit?: string;
  unitPriceCents: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/** One line per VAT rate and category. */
export interface VatBreakdownLine extends VatTreatment {
  netCents: number;
  vatCents: number;
}

/** A row's or breakdown line's category: explicit, else S above 0 % and Z at 0 %. */
export function vatCategoryOf(t: VatTreatment): VatCategory {
  return t.vatCategory ?? (t.vatRatePercent > 0 ? "S" : "Z");
}

export interface DocumentTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/**
 * The invoice a reminder or credit note refers to.
 * For a reminder, `openCents` is the unpaid amount of that invoice.
 */
export interface OriginalInvoiceRef {
  invoiceNumber: string;
  referenceNumber: string;
  dueDate: string;
  openCents: number;
}

export interface InvoiceDocument {
  kind: InvoiceDocumentKind;
  language: DocumentLanguage;
  /** e.g. "10010257" */
  invoiceNumber: string;
  /** national reference digits (or an RF reference), e.g. "100102578" */
  referenceNumber: string;
  /** "10010 2578": groups of five from the right */
  referenceFormatted: string;
  issueDate: string;
  dueDate: string;
  deliveryDate?: string;
  paymentTermsDays: number;
  seller: InvoiceDocumentSeller;
  buyer: InvoiceDocumentBuyer;
  /**
   * Invoice and credit note: the billed rows (negative amounts on a credit note).
   * Reminder: only the reminder's own lines (collection fee, interest); the unpaid
   * original amount is `originalInvoice.openCents`, not a row, so VAT is not counted twice.
   */
  rows: InvoiceDocumentRow[];
  /** VAT per rate and category, each rate applied once to its rows' net sum (EN 16931 BR-CO-17). */
  vatBreakdown: VatBreakdownLine[];
  /** Net = sum of the rows' nets; VAT = sum of `vatBreakdown`; gross = net + VAT. */
  totals: DocumentTotals;
  /**
   * 54 digits (bank virtual barcode version 4 or 5), encoding `amountDueCents(doc)`;
   * null when the amount is 1 000 000 € or more and does not fit the barcode.
   */
  virtualBarcode: string | null;
  /** EPC069-12 "BCD…" text */
  epcQrPayload: string;
  /** Reminders and credit notes. */
  originalInvoice?: OriginalInvoiceRef;
  notes?: string;
}

/**
 * What the buyer is asked to pay: the totals, and for a reminder also the
 * original invoice's open amount. A credit note asks for nothing (negative total).
 */
export function amountDueCents(doc: InvoiceDocument): number {
  if (doc.kind === "reminder") {
    return (doc.originalInvoice?.openCents ?? 0) + doc.totals.grossCents;
  }
  return doc.totals.grossCents;
}

import { summarizeVat } from "@reskontra/domain";
import {
  vatCategoryOf,
  type DocumentLanguage,
  type DocumentTotals,
  type InvoiceDocument,
  type InvoiceDocumentRow,
  type VatBreakdownLine,
  type VatTreatment,
} from "./invoice-document";
import { invoiceDocumentTexts } from "./messages";

/** Why a 0 % amount carries no VAT; each is printed with its legal ground. */
export type VatExemptionGround = "socialWelfare" | "healthCare" | "outsideScope";

const GROUNDS = {
  // Arvonlisäverolaki (1501/1993) 37 §: social welfare services are exempt.
  socialWelfare: { vatCategory: "E", key: "vatExemptSocialWelfare" },
  // Arvonlisäverolaki 34 §: health and medical care services are exempt.
  healthCare: { vatCategory: "E", key: "vatExemptHealthCare" },
  // No supply of goods or services at all: a reminder fee, late interest, compensation for damage.
  outsideScope: { vatCategory: "O", key: "vatOutsideScope" },
} as const;

/** The VAT treatment of a 0 % row by its ground, with the reason in the document's language. */
export function vatTreatmentFor(ground: VatExemptionGround, language: DocumentLanguage): VatTreatment {
  const { vatCategory, key } = GROUNDS[ground];
  return { vatRatePercent: 0, vatCategory, vatExemptionReason: invoiceDocumentTexts(language)(key) };
}

/**
 * A row's or breakdown line's VAT treatment as printed and sent: its own category where it has one.
 * A reminder's own 0 % lines are fees, interest or compensation, outside the scope of VAT (O).
 */
export function treatmentIn(doc: Pick<InvoiceDocument, "kind" | "language">, t: VatTreatment): VatTreatment {
  if (t.vatCategory === undefined && doc.kind === "reminder" && t.vatRatePercent === 0) {
    return vatTreatmentFor("outsideScope", doc.language);
  }
  return t;
}

/**
 * The VAT breakdown and totals of a document from its rows: one line per rate and
 * category (and exemption reason), the rate applied once to the line's net sum
 * (EN 16931 BR-CO-17, via the domain's `summarizeVat`). Highest rate first.
 */
export function vatSummaryOf(rows: readonly InvoiceDocumentRow[]): { vatBreakdown: VatBreakdownLine[]; totals: DocumentTotals } {
  const groups = new Map<string, { treatment: VatTreatment; rows: InvoiceDocumentRow[] }>();
  for (const row of rows) {
    const category = vatCategoryOf(row);
    const key = JSON.stringify([row.vatRatePercent, category, row.vatExemptionReason ?? ""]);
    const group = groups.get(key) ?? {
      treatment: {
        vatRatePercent: row.vatRatePercent,
        ...(row.vatCategory ? { vatCategory: row.vatCategory } : {}),
        ...(row.vatExemptionReason ? { vatExemptionReason: row.vatExemptionReason } : {}),
      },
      rows: [],
    };
    group.rows.push(row);
    groups.set(key, group);
  }
  const totals: DocumentTotals = { netCents: 0, vatCents: 0, grossCents: 0 };
  const vatBreakdown = [...groups.values()]
    .map(({ treatment, rows: groupRows }): VatBreakdownLine => {
      const [line] = summarizeVat(groupRows).vatBreakdown;
      const netCents = line?.netCents ?? 0;
      const vatCents = line?.vatCents ?? 0;
      totals.netCents += netCents;
      totals.vatCents += vatCents;
      return { ...treatment, netCents, vatCents };
    })
    .sort((a, b) => b.vatRatePercent - a.vatRatePercent);
  totals.grossCents = totals.netCents + totals.vatCents;
  return { vatBreakdown, totals };
}

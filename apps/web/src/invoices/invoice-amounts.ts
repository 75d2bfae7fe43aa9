import { calculateInvoiceTotals, calculateRowAmounts } from "@reskontra/domain";

/**
 * Form-side helpers for the invoice form: parsing and formatting of quantities, rates and amounts,
 * and the live totals (display only: the server recomputes on save). Quantities are thousandths,
 * money cents, rates hundredths of a percent.
 */

/** "1,5" / "2" / "-0.125" → thousandths; null when it is not a quantity with at most three decimals. */
export function parseQuantityMilli(text: string): number | null {
  const match = /^(-?)(\d{1,7})(?:[.,](\d{1,3}))?$/.exec(text.replace(/[\s\u00a0]/g, ""));
  if (!match) return null;
  const [, sign = "", whole = "0", fraction = ""] = match;
  const milli = Number(whole) * 1000 + Number(fraction.padEnd(3, "0"));
  return sign === "-" ? -milli : milli;
}

/** Thousandths → the plain number the api takes; exact because it divides an integer once. */
export function milliToQuantity(milli: number): number {
  return milli / 1000;
}

/** "25.5" → 2550. */
export function rateToBasisPoints(rate: string): number {
  const [whole = "0", fraction = ""] = rate.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}

export interface Amounts {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export interface TotalsInput {
  quantityMilli: number;
  unitPriceCents: number;
  vatBasisPoints: number;
}

export interface Totals extends Amounts {
  /** One line per VAT rate, highest rate first, as the printed invoice shows them. */
  byRate: (Amounts & { vatBasisPoints: number })[];
}

// The arithmetic is the domain's own (the same function the api stores with), so the live totals
// cannot drift from what the server will save.
const toDomainRow = (row: TotalsInput) => ({
  quantity: row.quantityMilli / 1000,
  unitPriceCents: row.unitPriceCents,
  vatRatePercent: row.vatBasisPoints / 100,
});

export function rowAmounts(quantityMilli: number, unitPriceCents: number, vatBasisPoints: number): Amounts {
  return calculateRowAmounts(toDomainRow({ quantityMilli, unitPriceCents, vatBasisPoints }));
}

export function invoiceTotals(rows: readonly TotalsInput[]): Totals {
  if (rows.length === 0) return { netCents: 0, vatCents: 0, grossCents: 0, byRate: [] };
  const { totals, vatBreakdown } = calculateInvoiceTotals(rows.map(toDomainRow));
  return {
    netCents: totals.netCents,
    vatCents: totals.vatCents,
    grossCents: totals.grossCents,
    byRate: vatBreakdown.map(({ vatRatePercent, ...amounts }) => ({
      ...amounts,
      vatBasisPoints: Math.round(vatRatePercent * 100),
    })),
  };
}

/** 2550 → "25,5" (fi) or "25.5" (en). */
export function formatRate(basisPoints: number, locale: "fi" | "en"): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}${locale === "fi" ? "," : "."}${fraction}` : String(whole);
}

/** Thousandths → "1,5" for the form and the detail page. */
export function formatQuantity(milli: number, locale: "fi" | "en"): string {
  const sign = milli < 0 ? "-" : "";
  const abs = Math.abs(milli);
  const fraction = String(abs % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "");
  const whole = String(Math.trunc(abs / 1000));
  return `${sign}${whole}${fraction ? `${locale === "fi" ? "," : "."}${fraction}` : ""}`;
}

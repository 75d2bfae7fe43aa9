/**
 * Client-side arithmetic for the invoice form. It mirrors the domain's rounding (row net =
 * quantity × unit price, then VAT per row, both half away from zero) so the live totals match
 * what the server will store, but it is for display only: the server recomputes on save.
 * Everything is integer: quantities in thousandths, money in cents, rates in hundredths of a percent.
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

function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const q = (abs * 2n + denominator) / (denominator * 2n);
  return negative ? -q : q;
}

export interface Amounts {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export function rowAmounts(quantityMilli: number, unitPriceCents: number, vatBasisPoints: number): Amounts {
  const net = divideRoundHalfUp(BigInt(quantityMilli) * BigInt(unitPriceCents), 1000n);
  const vat = divideRoundHalfUp(net * BigInt(vatBasisPoints), 10_000n);
  return { netCents: Number(net), vatCents: Number(vat), grossCents: Number(net + vat) };
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

export function invoiceTotals(rows: readonly TotalsInput[]): Totals {
  const byRate = new Map<number, Amounts & { vatBasisPoints: number }>();
  const totals: Amounts = { netCents: 0, vatCents: 0, grossCents: 0 };
  for (const row of rows) {
    const a = rowAmounts(row.quantityMilli, row.unitPriceCents, row.vatBasisPoints);
    const line = byRate.get(row.vatBasisPoints) ?? {
      vatBasisPoints: row.vatBasisPoints,
      netCents: 0,
      vatCents: 0,
      grossCents: 0,
    };
    line.netCents += a.netCents;
    line.vatCents += a.vatCents;
    line.grossCents += a.grossCents;
    byRate.set(row.vatBasisPoints, line);
    totals.netCents += a.netCents;
    totals.vatCents += a.vatCents;
    totals.grossCents += a.grossCents;
  }
  return { ...totals, byRate: [...byRate.values()].sort((x, y) => y.vatBasisPoints - x.vatBasisPoints) };
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

/** Cents → "12,50" for an input box (no euro sign, no grouping), so parseMoney reads it back exactly. */
export function centsToInput(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

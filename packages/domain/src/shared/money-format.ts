import type { Cents } from "./money";

export type MoneyLocale = "fi" | "en";

/** No-break space: keeps "1 234,56 €" on one line, and exists in the PDF fonts' WinAnsi encoding (U+202F does not). */
export const NBSP = "\u00a0";

/** Euros and cents split by integer division: money never passes through a float. */
function splitCents(cents: number): { negative: boolean; euros: string; cents: string } {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`money must be integer cents, got ${cents}`);
  const abs = Math.abs(cents);
  return { negative: cents < 0, euros: String(Math.trunc(abs / 100)), cents: String(abs % 100).padStart(2, "0") };
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * 123456 → "1 234,56 €" (fi) or "€1,234.56" (en). Screens use the typographic minus "−";
 * documents ask for the ASCII "-", which the PDF standard fonts can print.
 */
export function formatMoney(cents: Cents | number, locale: MoneyLocale = "fi", options: { asciiMinus?: boolean } = {}): string {
  const p = splitCents(cents);
  const sign = p.negative ? (options.asciiMinus ? "-" : "−") : "";
  if (locale === "en") return `${sign}€${groupThousands(p.euros, ",")}.${p.cents}`;
  return `${sign}${groupThousands(p.euros, NBSP)},${p.cents}${NBSP}€`;
}

/**
 * 500000 → "5 000,00" (fi) or "5,000.00" (en): the amount without the euro sign, for sentences
 * that place the sign themselves ("{fee} €", "€{fee}").
 */
export function formatEuroAmount(cents: Cents | number, locale: MoneyLocale = "fi"): string {
  const p = splitCents(cents);
  const sign = p.negative ? "-" : "";
  if (locale === "en") return `${sign}${groupThousands(p.euros, ",")}.${p.cents}`;
  return `${sign}${groupThousands(p.euros, NBSP)},${p.cents}`;
}

/** 123450 → "1234,50": no grouping, comma decimal; for input boxes, Finvoice amounts and reference fields. */
export function formatEurosFi(cents: Cents | number): string {
  const p = splitCents(cents);
  return `${p.negative ? "-" : ""}${p.euros},${p.cents}`;
}

/** "1234,56" / "1 234.56" / "12" / "12 €" → cents; null when the text is not an amount. Accepts both decimal marks. */
export function parseMoney(text: string): Cents | null {
  const cleaned = text
    .replace(/[\s\u00a0€]/g, "")
    .replace("−", "-")
    .replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const negative = cleaned.startsWith("-");
  const [whole = "0", fraction = ""] = cleaned.replace("-", "").split(".");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return null;
  return (negative && cents !== 0 ? -cents : cents) as Cents;
}

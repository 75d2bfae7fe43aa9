/**
 * Finnish formatting of money, dates, percentages and account numbers, shared by
 * the PDF and the Finvoice message. Money stays in integer cents throughout:
 * euros and cents are split with integer division, never with floating point.
 */

/** No-break space: keeps "1 234,56 €" on one line and exists in the PDF standard fonts' WinAnsi encoding (U+202F does not). */
export const NBSP = "\u00a0";

function splitCents(cents: number): { sign: string; euros: string; cents: string } {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`money must be integer cents, got ${cents}`);
  const abs = Math.abs(cents);
  return {
    sign: cents < 0 ? "-" : "",
    euros: String(Math.trunc(abs / 100)),
    cents: String(abs % 100).padStart(2, "0"),
  };
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 123456 → "1 234,56 €" (no-break spaces). */
export function formatMoneyFi(cents: number): string {
  const p = splitCents(cents);
  return `${p.sign}${groupThousands(p.euros, NBSP)},${p.cents}${NBSP}€`;
}

/** 123456 → "1234,56": Finvoice amount without grouping or currency. */
export function formatAmountFinvoice(cents: number): string {
  const p = splitCents(cents);
  return `${p.sign}${p.euros},${p.cents}`;
}

/** Fixed decimals of a decimal number, rounded once to `maxDecimals`, trailing zeros dropped: 25.5 → "25,5". */
export function formatDecimalFi(value: number, maxDecimals = 3): string {
  const scale = 10 ** maxDecimals;
  const scaled = Math.round(value * scale);
  const abs = Math.abs(scaled);
  const whole = String(Math.trunc(abs / scale));
  const fraction = String(abs % scale)
    .padStart(maxDecimals, "0")
    .replace(/0+$/, "");
  return `${scaled < 0 ? "-" : ""}${whole}${fraction ? `,${fraction}` : ""}`;
}

/** 25.5 → "25,5 %" */
export function formatPercentFi(rate: number): string {
  return `${formatDecimalFi(rate)}${NBSP}%`;
}

function parseIsoDate(date: string): { year: string; month: string; day: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`expected a YYYY-MM-DD date, got "${date}"`);
  const [, year = "", month = "", day = ""] = match;
  return { year, month, day };
}

/** "2026-11-03" → "3.11.2026" (the Finnish form drops leading zeros; used in both languages, as Finnish sellers do). */
export function formatDateFi(date: string): string {
  const d = parseIsoDate(date);
  return `${Number(d.day)}.${Number(d.month)}.${d.year}`;
}

/** "2026-11-03" → "20261103" (Finvoice CCYYMMDD). */
export function formatDateFinvoice(date: string): string {
  const d = parseIsoDate(date);
  return `${d.year}${d.month}${d.day}`;
}

/** "FI2112345600000785" → "FI21 1234 5600 0007 85" */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ");
}

/** "FI21 1234…" → "FI211234…" */
export function compactIban(iban: string): string {
  return iban.replace(/\s+/g, "").toUpperCase();
}

/**
 * Printed form of a reference: a national reference in groups of five from the
 * right ("1001 02578"), an RF reference in groups of four ("RF83 1001 0257 8").
 */
export function formatReference(reference: string): string {
  const compact = reference.replace(/\s+/g, "").toUpperCase();
  if (compact.startsWith("RF")) return compact.replace(/(.{4})(?=.)/g, "$1 ");
  return compact.replace(/\B(?=(\d{5})+(?!\d))/g, " ");
}

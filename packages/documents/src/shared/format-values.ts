/**
 * Finnish formatting of money, dates, percentages and account numbers, shared by
 * the PDF and the Finvoice message. Money stays in integer cents throughout:
 * euros and cents are split with integer division, never with floating point.
 */
import { NBSP as DOMAIN_NBSP, formatDate, formatEurosFi, formatMoney, groupIban, groupReference } from "@reskontra/domain";

/** No-break space: keeps "1 234,56 €" on one line and exists in the PDF standard fonts' WinAnsi encoding (U+202F does not). */
export const NBSP = DOMAIN_NBSP;

/** 123456 → "1 234,56 €" (no-break spaces; an ASCII minus, which the PDF fonts can print). */
export function formatMoneyFi(cents: number): string {
  return formatMoney(cents, "fi", { asciiMinus: true });
}

/** 123456 → "1234,56": Finvoice amount without grouping or currency. */
export function formatAmountFinvoice(cents: number): string {
  return formatEurosFi(cents);
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
  return formatDate(date, "fi");
}

/** "2026-11-03" → "20261103" (Finvoice CCYYMMDD). */
export function formatDateFinvoice(date: string): string {
  const d = parseIsoDate(date);
  return `${d.year}${d.month}${d.day}`;
}

/** "FI2112345600000785" → "FI21 1234 5600 0007 85" */
export function formatIban(iban: string): string {
  return groupIban(iban);
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
  return groupReference(reference);
}

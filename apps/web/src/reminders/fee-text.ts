import type { Locale } from "@reskontra/ui";

/**
 * The transaction fee as the number inside a sentence ("{fee} €" in Finnish, "€{fee}" in
 * English): a decimal comma in Finnish, a point in English, so "€0.25" never reads "€0,25".
 */
export function feeAmount(locale: Locale, cents: number): string {
  const separator = locale === "fi" ? "," : ".";
  return `${Math.floor(cents / 100)}${separator}${String(cents % 100).padStart(2, "0")}`;
}

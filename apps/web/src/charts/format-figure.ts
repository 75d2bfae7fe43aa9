import type { Locale } from "@reskontra/ui";

/** A figure with a decimal comma in Finnish ("1,3"), a point in English; at most one decimal. */
export function formatFigure(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fi" ? "fi-FI" : "en-GB", { maximumFractionDigits: 1 }).format(value);
}

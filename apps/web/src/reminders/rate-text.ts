import type { Locale } from "@reskontra/ui";

/** A rate in basis points as people read it: "2,50 %" in Finnish, "2.50 %" in English. */
export function rateText(bp: number, locale: Locale): string {
  const number = (bp / 100).toFixed(2);
  return `${locale === "fi" ? number.replace(".", ",") : number}\u00a0%`;
}

/**
 * What the administrator typed ("2,5", "2.50", "2,5 %") in basis points; NaN for anything that is
 * not a number, which the procedure's schema then refuses at the field in plain words.
 */
export function percentToBp(text: string): number {
  const cleaned = text.replace(/%/g, "").replace(/\s/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return Number.NaN;
  return Math.round(Number(cleaned) * 10000) / 100;
}

/** "1.7.–31.12.2026": a half-year as the product names it in both languages. */
export function halfYearText(h: { year: number; half: 1 | 2 }): string {
  return h.half === 1 ? `1.1.–30.6.${h.year}` : `1.7.–31.12.${h.year}`;
}

import type { Locale } from "@reskontra/ui";
import { useMessages } from "../../i18n/locale";
import { reportMessages } from "./messages";

/** `rt(key)` in the current language, and the locale for formatting. */
export function useReportText() {
  const { t, locale } = useMessages(reportMessages);
  return { locale, rt: t };
}

/** A figure with a decimal comma in Finnish ("1,3"), a point in English; at most one decimal. */
export function formatFigure(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fi" ? "fi-FI" : "en-GB", { maximumFractionDigits: 1 }).format(value);
}

/** Business minutes as hours with one decimal, the way the report shows times. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

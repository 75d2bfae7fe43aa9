import type { Locale } from "@reskontra/ui";

/** "2026-11" (the api's month key) as the user reads a month: "marraskuu 2026", "November 2026". */
export function monthText(locale: Locale, month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale === "fi" ? "fi-FI" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

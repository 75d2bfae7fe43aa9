import { formatDate, toHelsinkiWallClock } from "@reskontra/domain";

export type Locale = "fi" | "en";

// One formatter set for the whole product lives in the domain; the kit hands it to its components.
export { formatDate, formatMoney, parseMoney } from "@reskontra/domain";

/** An instant shown on the business clock, Europe/Helsinki: "22.11.2026 klo 14.05". */
export function formatDateTime(instant: Date | string, locale: Locale = "fi"): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const { date: day, minuteOfDay } = toHelsinkiWallClock(date.getTime());
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, "0");
  const mm = String(minuteOfDay % 60).padStart(2, "0");
  return locale === "fi" ? `${formatDate(day, "fi")} klo ${hh}.${mm}` : `${formatDate(day, "en")} ${hh}:${mm}`;
}

import type { IsoDate } from "./dates";
import { toHelsinkiWallClock } from "./helsinki-time";
import type { MoneyLocale } from "./money-format";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function partsOf(date: IsoDate): { year: string; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a plain date: ${date}`);
  const [, year = "", month = "", day = ""] = match;
  return { year, month: Number(month), day: Number(day) };
}

/** "2026-11-03" → "3.11.2026" (fi, no leading zeros) or "3 Nov 2026" (en). Business dates have no zone. */
export function formatDate(date: IsoDate, locale: MoneyLocale = "fi"): string {
  const d = partsOf(date);
  if (locale === "en") return `${d.day} ${MONTHS_EN[d.month - 1] ?? ""} ${d.year}`;
  return `${d.day}.${d.month}.${d.year}`;
}

/** An instant on the business clock, Europe/Helsinki: "22.11.2026 klo 14.05" (fi) or "22 Nov 2026 14:05" (en). */
export function formatDateTime(instant: Date | string, locale: MoneyLocale = "fi"): string {
  const epochMs = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  const { date, minuteOfDay } = toHelsinkiWallClock(epochMs);
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, "0");
  const mm = String(minuteOfDay % 60).padStart(2, "0");
  return locale === "fi" ? `${formatDate(date, "fi")} klo ${hh}.${mm}` : `${formatDate(date, "en")} ${hh}:${mm}`;
}

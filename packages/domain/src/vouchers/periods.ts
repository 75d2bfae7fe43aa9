import { addDays, daysInMonth, formatIsoDate, parseIsoDate, type IsoDate } from "../shared/dates";

/** A service month, "YYYY-MM". */
export type Period = string;

export const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

/** "2026-04" → "2026-04-01". */
export function periodStart(period: Period): IsoDate {
  if (!isPeriod(period)) throw new RangeError(`expected YYYY-MM, got "${period}"`);
  return `${period}-01`;
}

/** "2026-04" → "2026-05-01": the settlement of April covers events dated before this day. */
export function periodEnd(period: Period): IsoDate {
  const { year, month } = parseIsoDate(periodStart(period));
  return addDays(formatIsoDate(year, month, daysInMonth(year, month)), 1);
}

/** The month before the one `date` falls in: on 5 May the settlement is for April. */
export function previousPeriod(date: IsoDate): Period {
  return addDays(`${date.slice(0, 7)}-01`, -1).slice(0, 7);
}

export function periodOf(date: IsoDate): Period {
  return date.slice(0, 7);
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11" → "11/2026" (fi) or "Nov 2026" (en): a settlement's month as a reader writes it. */
export function formatPeriod(period: Period, locale: "fi" | "en" = "fi"): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const [, year = "", month = ""] = match;
  return locale === "en" ? `${MONTHS_EN[Number(month) - 1] ?? month} ${year}` : `${Number(month)}/${year}`;
}

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

import { addDays, formatIsoDate, isoWeekday, parseIsoDate } from "./dates";
import type { IsoDate } from "./dates";
import { DomainError } from "./errors";

export type FinnishHoliday = {
  date: IsoDate;
  nameFi: string;
  nameEn: string;
  /** False for Sunday/Saturday-only feasts that never close a weekday. */
  closesBusinessDay: boolean;
};

/** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

/** First date on or after `from` that falls on ISO weekday `weekday`. */
function weekdayOnOrAfter(from: IsoDate, weekday: number): IsoDate {
  const diff = (weekday - isoWeekday(from) + 7) % 7;
  return addDays(from, diff);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    throw new DomainError("YEAR_INVALID", { field: "year", params: { value: year } });
  }
}

/**
 * Finnish public holidays plus Midsummer Eve and Christmas Eve (de facto bank
 * holidays), sorted by date. Midsummer Day, All Saints' Day, Easter Sunday and
 * Pentecost are listed too but always fall on a weekend.
 */
export function finnishHolidays(year: number): FinnishHoliday[] {
  assertYear(year);
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => formatIsoDate(year, month, day);
  const list: FinnishHoliday[] = [
    { date: fixed(1, 1), nameFi: "Uudenvuodenpäivä", nameEn: "New Year's Day", closesBusinessDay: true },
    { date: fixed(1, 6), nameFi: "Loppiainen", nameEn: "Epiphany", closesBusinessDay: true },
    { date: addDays(easter, -2), nameFi: "Pitkäperjantai", nameEn: "Good Friday", closesBusinessDay: true },
    { date: easter, nameFi: "Pääsiäispäivä", nameEn: "Easter Sunday", closesBusinessDay: false },
    { date: addDays(easter, 1), nameFi: "2. pääsiäispäivä", nameEn: "Easter Monday", closesBusinessDay: true },
    { date: fixed(5, 1), nameFi: "Vappu", nameEn: "May Day", closesBusinessDay: true },
    { date: addDays(easter, 39), nameFi: "Helatorstai", nameEn: "Ascension Day", closesBusinessDay: true },
    { date: addDays(easter, 49), nameFi: "Helluntaipäivä", nameEn: "Pentecost", closesBusinessDay: false },
    { date: weekdayOnOrAfter(fixed(6, 19), 5), nameFi: "Juhannusaatto", nameEn: "Midsummer Eve", closesBusinessDay: true },
    { date: weekdayOnOrAfter(fixed(6, 20), 6), nameFi: "Juhannuspäivä", nameEn: "Midsummer Day", closesBusinessDay: false },
    { date: weekdayOnOrAfter(fixed(10, 31), 6), nameFi: "Pyhäinpäivä", nameEn: "All Saints' Day", closesBusinessDay: false },
    { date: fixed(12, 6), nameFi: "Itsenäisyyspäivä", nameEn: "Independence Day", closesBusinessDay: true },
    { date: fixed(12, 24), nameFi: "Jouluaatto", nameEn: "Christmas Eve", closesBusinessDay: true },
    { date: fixed(12, 25), nameFi: "Joulupäivä", nameEn: "Christmas Day", closesBusinessDay: true },
    { date: fixed(12, 26), nameFi: "Tapaninpäivä", nameEn: "St Stephen's Day", closesBusinessDay: true },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

function closedDates(year: number): ReadonlySet<IsoDate> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(
      finnishHolidays(year)
        .filter((h) => h.closesBusinessDay)
        .map((h) => h.date),
    );
    holidayCache.set(year, set);
  }
  return set;
}

/** Monday–Friday and not a Finnish holiday (DESIGN.md, Business calendar). */
export function isBusinessDay(date: IsoDate): boolean {
  const { year } = parseIsoDate(date);
  if (isoWeekday(date) >= 6) return false;
  return !closedDates(year).has(date);
}

/**
 * Moves n business days forward (n > 0) or back (n < 0). With n = 0 returns
 * the date itself if it is a business day, else the next business day.
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new DomainError("BUSINESS_DAYS_INVALID", { field: "n" });
  parseIsoDate(date);
  if (n === 0) return isBusinessDay(date) ? date : nextBusinessDay(date);
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isBusinessDay(current)) remaining -= 1;
  }
  return current;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate): IsoDate {
  let current = addDays(date, 1);
  while (!isBusinessDay(current)) current = addDays(current, 1);
  return current;
}

import { epochDay, formatIsoDate, fromEpochDay } from "./dates";
import type { IsoDate } from "./dates";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Epoch ms of the last Sunday of March or October (both 31 days) at 01:00 UTC. */
function lastSundayAt0100Utc(year: number, month: 3 | 10): number {
  const day = epochDay(formatIsoDate(year, month, 31));
  const weekday = ((((day + 3) % 7) + 7) % 7) + 1; // 7 = Sunday
  const sunday = day - (weekday % 7);
  return sunday * DAY + HOUR;
}

/**
 * Europe/Helsinki offset from UTC in minutes at an instant: +180 between the
 * last Sunday of March 01:00 UTC and the last Sunday of October 01:00 UTC (the
 * EU rule), otherwise +120. Computed, not looked up, so it needs no Intl/tzdata.
 */
export function helsinkiOffsetMinutes(epochMs: number): number {
  const year = Number(fromEpochDay(Math.floor(epochMs / DAY)).slice(0, 4));
  const start = lastSundayAt0100Utc(year, 3);
  const end = lastSundayAt0100Utc(year, 10);
  return epochMs >= start && epochMs < end ? 180 : 120;
}

export type HelsinkiWallClock = { date: IsoDate; minuteOfDay: number };

/** The Helsinki wall-clock date and minute of day of an instant. */
export function toHelsinkiWallClock(epochMs: number): HelsinkiWallClock {
  const local = epochMs + helsinkiOffsetMinutes(epochMs) * MINUTE;
  const day = Math.floor(local / DAY);
  return { date: fromEpochDay(day), minuteOfDay: Math.floor((local - day * DAY) / MINUTE) };
}

/**
 * The instant of a Helsinki wall-clock time. For the skipped hour in spring the
 * result is the same wall time in standard offset; for the repeated hour in
 * autumn the earlier (summer-time) instant is chosen.
 */
export function helsinkiWallClockToEpoch(date: IsoDate, minuteOfDay: number): number {
  const localMs = epochDay(date) * DAY + minuteOfDay * MINUTE;
  const summer = localMs - 180 * MINUTE;
  if (helsinkiOffsetMinutes(summer) === 180) return summer;
  return localMs - 120 * MINUTE;
}

/** Today on the business clock: the date a Finn writes on an invoice, not UTC's. */
export function helsinkiToday(now: Date): IsoDate {
  return toHelsinkiWallClock(now.getTime()).date;
}

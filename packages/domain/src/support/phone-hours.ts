import { isBusinessDay } from "../shared/calendar";
import { refuse, type Result } from "../shared/errors";
import { helsinkiWallClockToEpoch, toHelsinkiWallClock } from "../shared/helsinki-time";
import { slaDeadline, type ServiceHours } from "./sla-clock";

// A support line's opening hours (DESIGN.md §4): its daily window in Helsinki wall-clock minutes on
// Finnish business days (weekends, public holidays, Midsummer Eve and Christmas Eve closed). The
// window is [open, close): at 15.59 the 8–16 line is open, at 16.00 it is closed.

const MINUTE = 60_000;
/** A callback is promised for the coming weeks, not for next year. */
export const CALLBACK_MAX_DAYS_AHEAD = 60;

/** The line answers at `now`. */
export function isLineOpen(hours: ServiceHours, now: Date): boolean {
  const { date, minuteOfDay } = toHelsinkiWallClock(now.getTime());
  return isBusinessDay(date) && minuteOfDay >= hours.openMinute && minuteOfDay < hours.closeMinute;
}

/**
 * The first instant after `now` at which the line opens: later today if it has not opened yet,
 * otherwise on the next business day. While the line is open, the opening after today's close.
 */
export function nextLineOpening(hours: ServiceHours, now: Date): Date {
  // The SLA clock's zero-minute deadline is "the earliest open instant at or after `from`".
  const from = isLineOpen(hours, now) ? lineClosesAt(hours, now) : now;
  if (from === null) throw new Error("unreachable: an open line has a closing time");
  return slaDeadline({ from, businessMinutes: 0, serviceHours: hours });
}

/** When the line closes today, if it is open at `now`; otherwise null. */
export function lineClosesAt(hours: ServiceHours, now: Date): Date | null {
  if (!isLineOpen(hours, now)) return null;
  return new Date(helsinkiWallClockToEpoch(toHelsinkiWallClock(now.getTime()).date, hours.closeMinute));
}

export type LineStatus = { open: boolean; closesAt: Date | null; nextOpening: Date };

/** Everything a caller needs to show a line: open now (until when), else when it opens next. */
export function lineStatus(hours: ServiceHours, now: Date): LineStatus {
  return { open: isLineOpen(hours, now), closesAt: lineClosesAt(hours, now), nextOpening: nextLineOpening(hours, now) };
}

/** "8.00", "15.30": a minute of the day as a Finn writes a time. */
export function minuteOfDayText(minute: number): string {
  return `${Math.floor(minute / 60)}.${String(minute % 60).padStart(2, "0")}`;
}

/**
 * A promised callback time must be inside the line's opening hours, not already past (the minute
 * `now` is in still counts) and within CALLBACK_MAX_DAYS_AHEAD days. The refusal names the field
 * `promisedAt`; an outside-hours refusal carries the hours and the next opening.
 */
export function checkCallbackTime(hours: ServiceHours, promisedAt: Date, now: Date): Result {
  const t = promisedAt instanceof Date ? promisedAt.getTime() : Number.NaN;
  if (!Number.isFinite(t)) return refuse("CALLBACK_TIME_INVALID", "promisedAt");
  const thisMinute = Math.floor(now.getTime() / MINUTE) * MINUTE;
  if (t < thisMinute) return refuse("CALLBACK_TIME_PAST", "promisedAt");
  if (t > now.getTime() + CALLBACK_MAX_DAYS_AHEAD * 24 * 60 * MINUTE) {
    return refuse("CALLBACK_TIME_TOO_FAR", "promisedAt", { days: CALLBACK_MAX_DAYS_AHEAD });
  }
  if (!isLineOpen(hours, promisedAt)) {
    return refuse("CALLBACK_OUTSIDE_HOURS", "promisedAt", {
      open: minuteOfDayText(hours.openMinute),
      close: minuteOfDayText(hours.closeMinute),
      next: nextLineOpening(hours, promisedAt).toISOString(),
    });
  }
  return { ok: true };
}

import { isBusinessDay, nextBusinessDay } from "../shared/calendar";
import { DomainError } from "../shared/errors";
import { helsinkiWallClockToEpoch, toHelsinkiWallClock } from "../shared/helsinki-time";

/** 15:00 Europe/Helsinki, as minutes after midnight. */
export const SAME_DAY_CUTOFF_MINUTE = 15 * 60;

/**
 * DESIGN.md §1 same-day promise: submitted before 15:00 Helsinki time on a
 * business day → checked and sent by 15:00 that day; otherwise by 15:00 of the
 * next business day. Exactly 15:00:00.000 already counts as "after".
 */
export function sameDayDeadline(submittedAt: Date): Date {
  const ms = submittedAt instanceof Date ? submittedAt.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new DomainError("DATE_INVALID", { field: "submittedAt" });
  const wall = toHelsinkiWallClock(ms);
  const sameDay = isBusinessDay(wall.date) && wall.minuteOfDay < SAME_DAY_CUTOFF_MINUTE;
  const day = sameDay ? wall.date : nextBusinessDay(wall.date);
  return new Date(helsinkiWallClockToEpoch(day, SAME_DAY_CUTOFF_MINUTE));
}

import { isBusinessDay, nextBusinessDay } from "../shared/calendar";
import { addDays } from "../shared/dates";
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

/** How the unsent queue words an invoice's deadline: past, within the hour, later today, tomorrow, or further off. */
export type DeadlineUrgency = "overdue" | "at_risk" | "today" | "tomorrow" | "later";

/** Less than this before the deadline and the invoice is flagged: customer service needs the time to check it. */
export const DEADLINE_AT_RISK_MS = 60 * 60 * 1000;

/**
 * "Today" means the deadline falls on today's Helsinki calendar date, not "within 24 hours": an invoice
 * due tomorrow at 15:00, seen today at 16:00, is due tomorrow.
 */
export function deadlineUrgency(deadlineAt: Date | null, now: Date): DeadlineUrgency {
  if (!deadlineAt) return "later";
  const left = deadlineAt.getTime() - now.getTime();
  if (left <= 0) return "overdue";
  if (left <= DEADLINE_AT_RISK_MS) return "at_risk";
  const day = toHelsinkiWallClock(deadlineAt.getTime()).date;
  const today = toHelsinkiWallClock(now.getTime()).date;
  if (day === today) return "today";
  return day === addDays(today, 1) ? "tomorrow" : "later";
}

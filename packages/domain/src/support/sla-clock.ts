import { isBusinessDay } from "../shared/calendar";
import { addDays, compareIsoDates } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { helsinkiWallClockToEpoch, toHelsinkiWallClock } from "../shared/helsinki-time";

const MINUTE = 60_000;
/** Guards the day loop against absurd spans. */
const MAX_DAYS = 3700;

/** Daily service window on business days, Helsinki wall clock, minutes after midnight. */
export type ServiceHours = { openMinute: number; closeMinute: number };

/** Support answers business days 8–16 (DESIGN.md §4). */
export const SUPPORT_SERVICE_HOURS: ServiceHours = { openMinute: 8 * 60, closeMinute: 16 * 60 };
/** Customer service for invoices, business days 10–15 (DESIGN.md §1). */
export const INVOICE_SERVICE_HOURS: ServiceHours = { openMinute: 10 * 60, closeMinute: 15 * 60 };

export type Interval = { from: Date; to: Date | null };

function ms(d: Date, field: string): number {
  const t = d instanceof Date ? d.getTime() : Number.NaN;
  if (!Number.isFinite(t)) throw new DomainError("DATE_INVALID", { field });
  return t;
}

function checkHours(h: ServiceHours): void {
  if (!(
    Number.isInteger(h.openMinute) &&
    Number.isInteger(h.closeMinute) &&
    h.openMinute >= 0 &&
    h.closeMinute <= 1440 &&
    h.openMinute < h.closeMinute
  )) {
    throw new DomainError("SERVICE_HOURS_INVALID", { field: "serviceHours" });
  }
}

/** Open service windows [start, end) in epoch ms overlapping [fromMs, toMs). */
function serviceWindows(fromMs: number, toMs: number, hours: ServiceHours): [number, number][] {
  const windows: [number, number][] = [];
  const lastDate = toHelsinkiWallClock(toMs).date;
  let date = toHelsinkiWallClock(fromMs).date;
  for (let i = 0; compareIsoDates(date, lastDate) <= 0; i += 1) {
    if (i > MAX_DAYS) throw new DomainError("DATE_RANGE_INVALID", { field: "to" });
    if (isBusinessDay(date)) {
      const start = Math.max(fromMs, helsinkiWallClockToEpoch(date, hours.openMinute));
      const end = Math.min(toMs, helsinkiWallClockToEpoch(date, hours.closeMinute));
      if (end > start) windows.push([start, end]);
    }
    date = addDays(date, 1);
  }
  return windows;
}

/**
 * Business minutes between `from` and `to` (service hours on Finnish business
 * days, Helsinki time) minus paused intervals (e.g. waiting for the customer).
 * An open pause (`to: null`) lasts until `to`.
 */
export function slaElapsedMinutes(input: {
  from: Date;
  to: Date;
  serviceHours: ServiceHours;
  pauses?: readonly Interval[];
}): number {
  checkHours(input.serviceHours);
  const fromMs = ms(input.from, "from");
  const toMs = ms(input.to, "to");
  if (toMs <= fromMs) return 0;
  let total = 0;
  const pauses = (input.pauses ?? []).map(
    (p, i) => [ms(p.from, `pauses.${i}.from`), p.to ? ms(p.to, `pauses.${i}.to`) : toMs] as const,
  );
  for (const [start, end] of serviceWindows(fromMs, toMs, input.serviceHours)) {
    // Cut the window at every pause boundary and keep the pieces no pause covers.
    const cuts = [start, end, ...pauses.flatMap(([a, b]) => [a, b]).filter((t) => t > start && t < end)].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const a = cuts[i] ?? 0;
      const b = cuts[i + 1] ?? 0;
      if (b > a && !pauses.some(([ps, pe]) => ps <= a && b <= pe)) total += b - a;
    }
  }
  return Math.floor(total / MINUTE);
}

/** The instant when `businessMinutes` of service time have run from `from` (no pauses foreseen). */
export function slaDeadline(input: { from: Date; businessMinutes: number; serviceHours: ServiceHours }): Date {
  checkHours(input.serviceHours);
  const fromMs = ms(input.from, "from");
  if (!Number.isInteger(input.businessMinutes) || input.businessMinutes < 0) {
    throw new DomainError("SLA_MINUTES_INVALID", { field: "businessMinutes" });
  }
  let remaining = input.businessMinutes * MINUTE;
  let date = toHelsinkiWallClock(fromMs).date;
  for (let i = 0; i <= MAX_DAYS; i += 1) {
    if (isBusinessDay(date)) {
      const start = Math.max(fromMs, helsinkiWallClockToEpoch(date, input.serviceHours.openMinute));
      const end = helsinkiWallClockToEpoch(date, input.serviceHours.closeMinute);
      if (end > start) {
        if (remaining <= end - start) return new Date(start + remaining);
        remaining -= end - start;
      }
    }
    date = addDays(date, 1);
  }
  throw new DomainError("DATE_RANGE_INVALID", { field: "businessMinutes" });
}

/** Pause intervals from a ticket's status history: time spent in any of `pausedStatuses`. */
export function pausesFromStatusHistory(
  history: readonly { at: Date; status: string }[],
  pausedStatuses: readonly string[],
): Interval[] {
  const sorted = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  const pauses: Interval[] = [];
  let open: Date | null = null;
  for (const h of sorted) {
    const paused = pausedStatuses.includes(h.status);
    if (paused && open === null) open = h.at;
    if (!paused && open !== null) {
      pauses.push({ from: open, to: h.at });
      open = null;
    }
  }
  if (open !== null) pauses.push({ from: open, to: null });
  return pauses;
}

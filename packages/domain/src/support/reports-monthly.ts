import { formatIsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { helsinkiWallClockToEpoch, toHelsinkiWallClock } from "../shared/helsinki-time";
import {
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  type CallbackStatus,
  type TicketCategory,
  type TicketChannel,
  type TicketPriority,
  type TicketStatus,
} from "./lists";
import { slaReadingInstant } from "./reports-sla-horizon";
import { median, percentOf, percentile } from "./reports-stats";
import { ticketSla } from "./ticket-sla";

/** A report month, "YYYY-MM". */
export type ReportMonth = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The instants a Helsinki calendar month starts and ends at, [from, to): a ticket filed at 00.30 on
 * 1 December in Helsinki (22.30 UTC on 30 November) belongs to December.
 */
export function reportMonthBounds(month: ReportMonth): { from: Date; to: Date } {
  const m = MONTH.exec(month);
  if (!m) throw new DomainError("REPORT_MONTH_INVALID", { field: "month" });
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const next = mon === 12 ? formatIsoDate(year + 1, 1, 1) : formatIsoDate(year, mon + 1, 1);
  return {
    from: new Date(helsinkiWallClockToEpoch(formatIsoDate(year, mon, 1), 0)),
    to: new Date(helsinkiWallClockToEpoch(next, 0)),
  };
}

/** The Helsinki month an instant falls in, "YYYY-MM" (the report page opens on the current month). */
export function reportMonthOf(instant: Date): ReportMonth {
  return toHelsinkiWallClock(instant.getTime()).date.slice(0, 7);
}

/** A request filed in the month, with its status history so the SLA clock sees its pauses. */
export type ReportTicket = {
  channel: TicketChannel;
  category: TicketCategory;
  priority: TicketPriority;
  status: TicketStatus;
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  history: readonly { at: Date; status: string }[];
};

/** Calls of the month counted per line and category (the call's ticket's, else the line's default). */
export type ReportCallGroup = { lineCode: string; category: TicketCategory | null; count: number };

/** A callback promised for a time in the month. */
export type ReportCallback = { promisedAt: Date; doneAt: Date | null; status: CallbackStatus };

/** How one SLA target went for the month's requests. */
export type SlaFigures = {
  /** Clocks that stopped (answered, resolved): their business minutes feed the median and p90. */
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Stopped within the target. */
  met: number;
  /** Ran past the target, stopped since or not. */
  breached: number;
  /** met / (met + breached); clocks still running within their target are not counted yet. */
  metPercent: number | null;
};

export type MonthlyReport = {
  month: ReportMonth;
  from: Date;
  to: Date;
  requests: { total: number; byChannel: Record<TicketChannel, number>; byCategory: Record<TicketCategory, number> };
  calls: {
    total: number;
    byLine: { lineCode: string; count: number }[];
    /** Calls with neither a ticket nor a line default are counted under `uncategorized`. */
    byCategory: Record<TicketCategory, number>;
    uncategorized: number;
  };
  firstResponse: SlaFigures;
  resolution: SlaFigures;
  /** Requests that met both targets among those whose outcome is known (both clocks stopped, or one breached). */
  sla: { met: number; decided: number; metPercent: number | null };
  callbacks: {
    /** Promised for a time in the month, not cancelled. */
    promised: number;
    /** Done before or at the promised time. */
    kept: number;
    /** Done after the promised time. */
    late: number;
    /** Still not done although the promised time has passed. */
    missed: number;
    /** kept / (kept + late + missed). */
    keptPercent: number | null;
  };
};

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function figures(minutes: number[], met: number, breached: number): SlaFigures {
  return {
    count: minutes.length,
    medianMinutes: median(minutes),
    p90Minutes: percentile(minutes, 90),
    met,
    breached,
    metPercent: percentOf(met, met + breached),
  };
}

/**
 * The monthly report from the month's requests, calls and callbacks, as things stand at `now`:
 * first-response and resolution times are business minutes on the SLA clock (8–16 on Finnish
 * business days, paused while waiting for the customer or a third party).
 */
export function computeMonthlyReport(input: {
  month: ReportMonth;
  tickets: readonly ReportTicket[];
  calls: readonly ReportCallGroup[];
  callbacks: readonly ReportCallback[];
  now: Date;
}): MonthlyReport {
  const { from, to } = reportMonthBounds(input.month);
  const byChannel = zeroes(TICKET_CHANNELS);
  const byCategory = zeroes(TICKET_CATEGORIES);
  const firstMinutes: number[] = [];
  const resolutionMinutes: number[] = [];
  let frMet = 0;
  let frBreached = 0;
  let resMet = 0;
  let resBreached = 0;
  let slaMet = 0;
  let slaDecided = 0;
  for (const t of input.tickets) {
    byChannel[t.channel] += 1;
    byCategory[t.category] += 1;
    // Running clocks only need their verdict, which the horizon gives without walking to today.
    const sla = ticketSla({ ...t, now: slaReadingInstant(t, input.now) });
    const fr = sla.firstResponse;
    const res = sla.resolution;
    if (fr.stoppedAt) firstMinutes.push(fr.elapsedMinutes);
    if (res.stoppedAt) resolutionMinutes.push(res.elapsedMinutes);
    if (fr.breached) frBreached += 1;
    else if (fr.stoppedAt) frMet += 1;
    if (res.breached) resBreached += 1;
    else if (res.stoppedAt) resMet += 1;
    if (fr.breached || res.breached) slaDecided += 1;
    else if (fr.stoppedAt && res.stoppedAt) {
      slaDecided += 1;
      slaMet += 1;
    }
  }

  const callsByCategory = zeroes(TICKET_CATEGORIES);
  const lines = new Map<string, number>();
  let uncategorized = 0;
  let callTotal = 0;
  for (const c of input.calls) {
    callTotal += c.count;
    lines.set(c.lineCode, (lines.get(c.lineCode) ?? 0) + c.count);
    if (c.category) callsByCategory[c.category] += c.count;
    else uncategorized += c.count;
  }

  let promised = 0;
  let kept = 0;
  let late = 0;
  let missed = 0;
  for (const cb of input.callbacks) {
    if (cb.status === "cancelled") continue;
    promised += 1;
    if (cb.status === "done" && cb.doneAt) {
      if (cb.doneAt.getTime() <= cb.promisedAt.getTime()) kept += 1;
      else late += 1;
    } else if (cb.promisedAt.getTime() < input.now.getTime()) missed += 1;
  }

  return {
    month: input.month,
    from,
    to,
    requests: { total: input.tickets.length, byChannel, byCategory },
    calls: {
      total: callTotal,
      byLine: [...lines.entries()]
        .map(([lineCode, count]) => ({ lineCode, count }))
        .sort((a, b) => a.lineCode.localeCompare(b.lineCode)),
      byCategory: callsByCategory,
      uncategorized,
    },
    firstResponse: figures(firstMinutes, frMet, frBreached),
    resolution: figures(resolutionMinutes, resMet, resBreached),
    sla: { met: slaMet, decided: slaDecided, metPercent: percentOf(slaMet, slaDecided) },
    callbacks: { promised, kept, late, missed, keptPercent: percentOf(kept, kept + late + missed) },
  };
}

import type { BadgeTone } from "@reskontra/ui";

/** One business day of support (8–16) in minutes: durations are told in support days, not calendar days. */
const BUSINESS_DAY = 480;

export type Duration = { key: "duration.minutes" | "duration.hours" | "duration.days"; params: Record<string, number> };

/** Business minutes as "45 min", "3 h 20 min" or "2 pv 3 h" (a day being 8 support hours). */
export function durationOf(businessMinutes: number): Duration {
  const m = Math.abs(Math.round(businessMinutes));
  if (m < 60) return { key: "duration.minutes", params: { minutes: m } };
  if (m < BUSINESS_DAY) return { key: "duration.hours", params: { hours: Math.floor(m / 60), minutes: m % 60 } };
  return { key: "duration.days", params: { days: Math.floor(m / BUSINESS_DAY), hours: Math.floor((m % BUSINESS_DAY) / 60) } };
}

export type SlaClock = { targetMinutes: number; leftMinutes: number; paused: boolean; stopped: boolean; breached: boolean };

export type SlaLabel = {
  key: "sla.left" | "sla.breached" | "sla.paused" | "sla.done" | "sla.doneLate";
  time: Duration | null;
  tone: BadgeTone;
};

/** How a clock reads: time left, overdue by, paused, or met (late or not). Under an hour left warns. */
export function slaLabel(clock: SlaClock): SlaLabel {
  if (clock.stopped)
    return { key: clock.breached ? "sla.doneLate" : "sla.done", time: null, tone: clock.breached ? "warning" : "success" };
  if (clock.breached) return { key: "sla.breached", time: durationOf(-clock.leftMinutes), tone: "danger" };
  if (clock.paused) return { key: "sla.paused", time: durationOf(clock.leftMinutes), tone: "neutral" };
  return { key: "sla.left", time: durationOf(clock.leftMinutes), tone: clock.leftMinutes < 60 ? "warning" : "info" };
}

/** The clock that matters now: the first response until it is given, then the resolution. */
export function currentClock(sla: { firstResponse: SlaClock; resolution: SlaClock }): {
  which: "sla.firstResponse" | "sla.resolution";
  clock: SlaClock;
} {
  return sla.firstResponse.stopped
    ? { which: "sla.resolution", clock: sla.resolution }
    : { which: "sla.firstResponse", clock: sla.firstResponse };
}

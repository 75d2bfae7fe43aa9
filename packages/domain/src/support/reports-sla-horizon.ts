import { slaDeadline, SUPPORT_SERVICE_HOURS } from "./sla-clock";
import { SLA_TARGETS } from "./ticket-sla";
import type { TicketPriority } from "./lists";

/**
 * The instant at which a ticket's SLA clocks can be read instead of `now` with the same verdict
 * (breached or not; stopped clocks do not depend on it): after the last status change nothing
 * changes but the running minutes, and once the longest target plus a minute of business time has
 * run from there, a running clock is breached either way and a paused one has stood still all along.
 * Reading an old open ticket then walks days up to that horizon, not every day up to today.
 */
export function slaReadingInstant(
  ticket: { priority: TicketPriority; createdAt: Date; history: readonly { at: Date }[] },
  now: Date,
): Date {
  const last = Math.max(ticket.createdAt.getTime(), ...ticket.history.map((h) => h.at.getTime()));
  if (last >= now.getTime()) return now;
  const horizon = slaDeadline({
    from: new Date(last),
    businessMinutes: SLA_TARGETS[ticket.priority].resolution + 1,
    serviceHours: SUPPORT_SERVICE_HOURS,
  });
  return horizon.getTime() < now.getTime() ? horizon : now;
}

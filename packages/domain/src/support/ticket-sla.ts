import type { TicketPriority, TicketStatus } from "./lists";
import { SLA_PAUSED_STATUSES } from "./lists";
import { pausesFromStatusHistory, slaElapsedMinutes, SUPPORT_SERVICE_HOURS, type ServiceHours } from "./sla-clock";

/** One business day of support is 8–16: 480 minutes. */
const DAY = 480;

/**
 * First-response and resolution targets in business minutes (support hours 8–16 on Finnish
 * business days). Written requests are promised faster answers than the phone queue gives.
 */
export const SLA_TARGETS: Record<TicketPriority, { firstResponse: number; resolution: number }> = {
  urgent: { firstResponse: 60, resolution: DAY },
  high: { firstResponse: 2 * 60, resolution: 2 * DAY },
  normal: { firstResponse: DAY, resolution: 5 * DAY },
  low: { firstResponse: 2 * DAY, resolution: 10 * DAY },
};

export type SlaClockState = {
  targetMinutes: number;
  elapsedMinutes: number;
  /** Negative once breached. */
  leftMinutes: number;
  /** When the clock stopped (first reply, resolution); null while it runs. */
  stoppedAt: Date | null;
  paused: boolean;
  breached: boolean;
};

export type TicketSla = { firstResponse: SlaClockState; resolution: SlaClockState };

/**
 * The two SLA clocks of a ticket at `now`. Both start at creation and stop while the ticket waits
 * for the customer or a third party; the first-response clock stops at the first reply to the
 * requester, the resolution clock when the ticket is resolved (a reopened ticket runs on).
 */
export function ticketSla(input: {
  priority: TicketPriority;
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  status: TicketStatus;
  history: readonly { at: Date; status: string }[];
  now: Date;
  serviceHours?: ServiceHours;
}): TicketSla {
  const hours = input.serviceHours ?? SUPPORT_SERVICE_HOURS;
  const pauses = pausesFromStatusHistory(input.history, SLA_PAUSED_STATUSES);
  const paused = SLA_PAUSED_STATUSES.includes(input.status);
  const target = SLA_TARGETS[input.priority];
  const clock = (targetMinutes: number, stoppedAt: Date | null): SlaClockState => {
    const elapsedMinutes = slaElapsedMinutes({
      from: input.createdAt,
      to: stoppedAt ?? input.now,
      serviceHours: hours,
      pauses,
    });
    return {
      targetMinutes,
      elapsedMinutes,
      leftMinutes: targetMinutes - elapsedMinutes,
      stoppedAt,
      paused: stoppedAt === null && paused,
      breached: elapsedMinutes > targetMinutes,
    };
  };
  const resolved = input.status === "resolved" || input.status === "closed" ? input.resolvedAt : null;
  return {
    firstResponse: clock(target.firstResponse, input.firstResponseAt),
    resolution: clock(target.resolution, resolved),
  };
}

import { type DbOrTx, supportTicketEvents } from "@reskontra/db";
import { type TicketPriority, type TicketStatus, ticketSla, type SlaClockState } from "@reskontra/domain";
import { and, asc, inArray, isNotNull } from "drizzle-orm";
import type { z } from "zod";
import type { slaOutput } from "./outputs";

type SlaTicket = {
  id: string;
  priority: TicketPriority;
  status: TicketStatus;
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt?: Date | null;
};

const clockOutput = (c: SlaClockState) => ({
  targetMinutes: c.targetMinutes,
  leftMinutes: c.leftMinutes,
  paused: c.paused,
  stopped: c.stoppedAt !== null,
  breached: c.breached,
});

/**
 * Both SLA clocks of each ticket at `now`, by the domain's clock in support hours; the pauses
 * (waiting for the customer or a third party) are read from the tickets' status history in one query.
 */
export async function slaOfTickets(
  db: DbOrTx,
  tickets: readonly SlaTicket[],
  now: Date,
): Promise<Map<string, z.infer<typeof slaOutput>>> {
  const result = new Map<string, z.infer<typeof slaOutput>>();
  if (tickets.length === 0) return result;
  const events = await db
    .select({ ticketId: supportTicketEvents.ticketId, at: supportTicketEvents.at, status: supportTicketEvents.status })
    .from(supportTicketEvents)
    .where(
      and(
        inArray(
          supportTicketEvents.ticketId,
          tickets.map((t) => t.id),
        ),
        isNotNull(supportTicketEvents.status),
      ),
    )
    .orderBy(asc(supportTicketEvents.at));
  const history = new Map<string, { at: Date; status: string }[]>();
  for (const e of events) {
    if (e.status) history.set(e.ticketId, [...(history.get(e.ticketId) ?? []), { at: e.at, status: e.status }]);
  }
  for (const t of tickets) {
    // A resolved or closed ticket's clocks end with it: one resolved without a reply does not run a
    // first-response clock for ever (and does not walk every business day since to say so).
    const done = t.status === "resolved" || t.status === "closed";
    const end = done ? (t.resolvedAt ?? t.closedAt ?? now) : now;
    const sla = ticketSla({ ...t, history: history.get(t.id) ?? [], now: end < now ? end : now });
    result.set(t.id, { firstResponse: clockOutput(sla.firstResponse), resolution: clockOutput(sla.resolution) });
  }
  return result;
}

import { notifications, supportTickets } from "@reskontra/db";
import {
  breachesToRaise,
  helsinkiToday,
  SLA_TARGETS,
  slaReadingInstant,
  TICKET_PRIORITIES,
  ticketSla,
  type SlaTargetKind,
  type TicketSla,
} from "@reskontra/domain";
import { recordTicketChange, statusHistoryOf, ticketStatusHistory } from "@reskontra/usecases/support";
import { and, inArray, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { JobContext } from "../jobs/job-context";
import { appendToAlert } from "../jobs/raise-alert";

/** The day's alert for customer service listing the tickets whose SLA ran out (the alerts panel shows it). */
export const SLA_BREACH_ALERT_KIND = "support_sla_breach";
/** The in-app notice to the ticket's assignee. */
export const SLA_BREACH_NOTIFICATION_KIND = "support.sla_breached";

export type RaisedBreach = {
  ticketId: string;
  number: number;
  target: SlaTargetKind;
  elapsedMinutes: number;
  targetMinutes: number;
};

/** Minutes of a target per priority as SQL; the figures are the domain's constants, not input. */
function targetMinutes(target: "firstResponse" | "resolution"): SQL<number> {
  const cases = TICKET_PRIORITIES.map((p) => `WHEN '${p}' THEN ${SLA_TARGETS[p][target]}`).join(" ");
  return sql<number>`(CASE ${supportTickets.priority} ${sql.raw(cases)} END)`;
}

/** Business minutes never outrun calendar minutes, so a ticket younger than its target cannot have breached it. */
function oldEnough(target: "firstResponse" | "resolution", now: Date): SQL {
  return sql`${supportTickets.createdAt} <= ${now.toISOString()}::timestamptz - ${targetMinutes(target)} * interval '1 minute'`;
}

/**
 * The supportSlaSweep job: finds the open tickets whose first-response or resolution clock (business
 * hours, paused while waiting) has run out and that have not alerted yet; stamps each breach once
 * (a conditional update, so a rerun or a parallel run raises nothing twice), writes the ticket's
 * history and audit row, notifies the assignee and lists it in the day's alert for customer service.
 */
export async function slaSweepJob(
  ctx: Pick<JobContext, "db" | "clock" | "logger">,
): Promise<{ checked: number; raised: RaisedBreach[] }> {
  const now = ctx.clock();
  // One set query: only tickets old enough to possibly be over a target they have not alerted.
  const candidates = await ctx.db
    .select({
      id: supportTickets.id,
      priority: supportTickets.priority,
      status: supportTickets.status,
      createdAt: supportTickets.createdAt,
      firstResponseAt: supportTickets.firstResponseAt,
      resolvedAt: supportTickets.resolvedAt,
      firstResponseBreachedAt: supportTickets.firstResponseBreachedAt,
      resolutionBreachedAt: supportTickets.resolutionBreachedAt,
      history: ticketStatusHistory(),
    })
    .from(supportTickets)
    .where(
      and(
        notInArray(supportTickets.status, ["resolved", "closed"]),
        isNull(supportTickets.mergedIntoTicketId),
        or(
          and(
            isNull(supportTickets.firstResponseAt),
            isNull(supportTickets.firstResponseBreachedAt),
            oldEnough("firstResponse", now),
          ),
          and(isNull(supportTickets.resolutionBreachedAt), oldEnough("resolution", now)),
        ),
      ),
    );

  const due: Record<SlaTargetKind, Map<string, TicketSla>> = { first_response: new Map(), resolution: new Map() };
  for (const t of candidates) {
    const history = statusHistoryOf(t.history);
    const sla = ticketSla({ ...t, history, now: slaReadingInstant({ ...t, history }, now) });
    for (const target of breachesToRaise(sla, t)) due[target].set(t.id, sla);
  }
  if (due.first_response.size === 0 && due.resolution.size === 0) return { checked: candidates.length, raised: [] };

  const raised = await ctx.db.transaction(async (tx) => {
    const out: RaisedBreach[] = [];
    for (const target of ["first_response", "resolution"] as const) {
      const ids = [...due[target].keys()];
      if (ids.length === 0) continue;
      const stamp = target === "first_response" ? supportTickets.firstResponseBreachedAt : supportTickets.resolutionBreachedAt;
      // Only the rows this run stamps alert: another run that got there first has already raised them.
      const stamped = await tx
        .update(supportTickets)
        .set(target === "first_response" ? { firstResponseBreachedAt: now } : { resolutionBreachedAt: now })
        .where(and(inArray(supportTickets.id, ids), isNull(stamp)))
        .returning({
          id: supportTickets.id,
          number: supportTickets.number,
          organizationId: supportTickets.organizationId,
          assigneeUserId: supportTickets.assigneeUserId,
        });
      for (const ticket of stamped) {
        const sla = due[target].get(ticket.id);
        const clock = target === "first_response" ? sla?.firstResponse : sla?.resolution;
        const breach: RaisedBreach = {
          ticketId: ticket.id,
          number: ticket.number,
          target,
          elapsedMinutes: clock?.elapsedMinutes ?? 0,
          targetMinutes: clock?.targetMinutes ?? 0,
        };
        out.push(breach);
        await recordTicketChange(tx, {
          ticketId: ticket.id,
          organizationId: ticket.organizationId,
          actorUserId: null,
          action: "support.ticket.sla_breached",
          after: { target, elapsedMinutes: breach.elapsedMinutes, targetMinutes: breach.targetMinutes },
          at: now,
        });
        if (ticket.assigneeUserId) {
          await tx.insert(notifications).values({
            userId: ticket.assigneeUserId,
            kind: SLA_BREACH_NOTIFICATION_KIND,
            params: { ticketId: ticket.id, ticketNumber: ticket.number, target },
            createdAt: now,
          });
        }
        await appendToAlert(tx, {
          kind: SLA_BREACH_ALERT_KIND,
          businessDate: helsinkiToday(now),
          listKey: "tickets",
          entry: { ticketId: ticket.id, number: ticket.number, target },
        });
      }
    }
    return out;
  });
  if (raised.length > 0) ctx.logger.warn({ count: raised.length }, "support tickets past their SLA target");
  return { checked: candidates.length, raised };
}

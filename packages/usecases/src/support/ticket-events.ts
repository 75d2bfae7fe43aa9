import { type DbOrTx, supportTicketEvents, supportTickets, writeAudit } from "@reskontra/db";
import type { TicketStatus } from "@reskontra/domain";
import { eq } from "drizzle-orm";

export type TicketChange = {
  ticketId: string;
  organizationId: string | null;
  actorUserId: string | null;
  /** e.g. "support.ticket.created", "support.ticket.status_changed". */
  action: string;
  /** The status after the change, when it is a status change (the SLA clock reads these). */
  status?: TicketStatus;
  before?: unknown;
  after?: unknown;
  at: Date;
  requestId?: string | null;
};

/**
 * Every change to a ticket writes one history row (shown on the ticket) and one audit row, in the
 * caller's transaction, and touches the ticket's `updatedAt`.
 */
export async function recordTicketChange(tx: DbOrTx, change: TicketChange): Promise<void> {
  await tx.insert(supportTicketEvents).values({
    ticketId: change.ticketId,
    at: change.at,
    actorUserId: change.actorUserId,
    action: change.action,
    status: change.status ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
  });
  await tx.update(supportTickets).set({ updatedAt: change.at }).where(eq(supportTickets.id, change.ticketId));
  await writeAudit(tx, {
    at: change.at,
    actorUserId: change.actorUserId,
    organizationId: change.organizationId,
    action: change.action,
    entityType: "support_ticket",
    entityId: change.ticketId,
    before: change.before,
    after: change.after,
    requestId: change.requestId ?? null,
  });
}

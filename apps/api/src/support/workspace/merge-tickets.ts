import type { mergeTicketInput } from "@reskontra/contracts/support";
import { supportTicketIdentifiers, supportTickets } from "@reskontra/db";
import { decideMerge } from "@reskontra/domain";
import { recordTicketChange } from "@reskontra/usecases/support";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { Context } from "../../trpc/context";
import { loadTicket } from "./ticket-view";

/**
 * Merges a duplicate (source) into the ticket that stays (target): the source is closed and points
 * to the target, whose view shows the source's messages; duplicates merged earlier into the source
 * move to the target; the source's identifiers join the target's. History on both tickets.
 */
export async function mergeTickets(
  ctx: Context & { agentUserId: string },
  input: z.output<typeof mergeTicketInput>,
): Promise<{ id: string }> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const source = await loadTicket(tx, input.sourceTicketId, true);
    const [target] = await tx
      .select()
      .from(supportTickets)
      .where(eq(supportTickets.number, input.targetTicketNumber))
      .for("update");
    if (!target) throw new AppError("WORKSPACE_TICKET_NOT_FOUND", { field: "targetTicketNumber" });
    const decision = decideMerge(source, target);
    if (!decision.ok) throw new AppError(decision.code, { field: decision.field });

    await tx
      .update(supportTickets)
      .set({ status: "closed", mergedIntoTicketId: target.id, closedAt: now, resolvedAt: source.resolvedAt ?? now })
      .where(eq(supportTickets.id, source.id));
    await tx
      .update(supportTickets)
      .set({ mergedIntoTicketId: target.id })
      .where(eq(supportTickets.mergedIntoTicketId, source.id));
    await tx.execute(sql`
      INSERT INTO ${supportTicketIdentifiers} (ticket_id, kind, value)
      SELECT ${target.id}, kind, value FROM ${supportTicketIdentifiers} WHERE ticket_id = ${source.id}
      ON CONFLICT DO NOTHING`);
    const common = { actorUserId: ctx.agentUserId, at: now, requestId: ctx.requestId };
    await recordTicketChange(tx, {
      ...common,
      ticketId: source.id,
      organizationId: source.organizationId,
      action: "support.ticket.merged_into",
      status: "closed",
      before: { status: source.status },
      after: { status: "closed", mergedIntoNumber: target.number },
    });
    await recordTicketChange(tx, {
      ...common,
      ticketId: target.id,
      organizationId: target.organizationId,
      action: "support.ticket.merged_from",
      after: { mergedFromNumber: source.number },
    });
    return { id: target.id };
  });
}

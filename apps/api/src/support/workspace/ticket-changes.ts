import type { assignTicketInput, replyInput, ticketMessageInput, updateTicketInput } from "@reskontra/contracts/support";
import { memberships, organizations, supportLines, supportTickets, type DbOrTx } from "@reskontra/db";
import { decideStatusChange, type TicketStatus } from "@reskontra/domain";
import { sendMail } from "@reskontra/jobs";
import { addTicketMessage, recordTicketChange } from "@reskontra/usecases/support";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { Context } from "../../trpc/context";
import { loadTicket } from "./ticket-view";

type AgentContext = Context & { agentUserId: string };
type Ticket = typeof supportTickets.$inferSelect;

function refuseMerged(ticket: Ticket, field = "ticketId"): void {
  if (ticket.mergedIntoTicketId !== null) throw new AppError("WORKSPACE_TICKET_MERGED", { field });
}

const change = (ctx: AgentContext, ticket: Ticket, now: Date) => ({
  ticketId: ticket.id,
  organizationId: ticket.organizationId,
  actorUserId: ctx.agentUserId,
  at: now,
  requestId: ctx.requestId,
});

async function isDeskAgent(tx: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "agent"), eq(organizations.kind, "operator")))
    .limit(1);
  return row !== undefined;
}

/** Assign to an agent (take: to oneself), or unassign with null. */
export async function assignTicket(ctx: AgentContext, input: z.output<typeof assignTicketInput>): Promise<void> {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const ticket = await loadTicket(tx, input.ticketId, true);
    refuseMerged(ticket);
    if (ticket.assigneeUserId === input.assigneeUserId) return;
    if (input.assigneeUserId !== null && !(await isDeskAgent(tx, input.assigneeUserId))) {
      throw new AppError("WORKSPACE_ASSIGNEE_NOT_AGENT", { field: "assigneeUserId" });
    }
    await tx.update(supportTickets).set({ assigneeUserId: input.assigneeUserId }).where(eq(supportTickets.id, ticket.id));
    await recordTicketChange(tx, {
      ...change(ctx, ticket, now),
      action: input.assigneeUserId === null ? "support.ticket.unassigned" : "support.ticket.assigned",
      before: { assigneeUserId: ticket.assigneeUserId },
      after: { assigneeUserId: input.assigneeUserId },
    });
  });
}

/** Sets the status by the domain's rule and records the change; nothing happens when it is the same. */
async function changeStatus(ctx: AgentContext, tx: DbOrTx, ticket: Ticket, status: TicketStatus, now: Date): Promise<void> {
  const decision = decideStatusChange(ticket, status, now);
  if (!decision.ok) throw new AppError(decision.code, { field: decision.field });
  if (!decision.changed) return;
  await tx
    .update(supportTickets)
    .set({ status: decision.status, resolvedAt: decision.resolvedAt, closedAt: decision.closedAt })
    .where(eq(supportTickets.id, ticket.id));
  await recordTicketChange(tx, {
    ...change(ctx, ticket, now),
    action: "support.ticket.status_changed",
    status: decision.status,
    before: { status: ticket.status },
    after: { status: decision.status },
  });
}

/** Status, category, priority and queue: each changed field is its own history row. */
export async function updateTicket(ctx: AgentContext, input: z.output<typeof updateTicketInput>): Promise<void> {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const ticket = await loadTicket(tx, input.ticketId, true);
    refuseMerged(ticket, input.status ? "status" : "ticketId");
    if (input.status) await changeStatus(ctx, tx, ticket, input.status, now);
    const fields = [
      ["category", input.category, ticket.category],
      ["priority", input.priority, ticket.priority],
      ["lineId", input.lineId, ticket.lineId],
    ] as const;
    for (const [field, next, current] of fields) {
      if (next === undefined || next === current) continue;
      if (field === "lineId") {
        const [line] = await tx.select({ id: supportLines.id }).from(supportLines).where(eq(supportLines.id, next));
        if (!line) throw new AppError("WORKSPACE_LINE_NOT_FOUND", { field: "lineId" });
      }
      await tx
        .update(supportTickets)
        .set({ [field]: next })
        .where(eq(supportTickets.id, ticket.id));
      await recordTicketChange(tx, {
        ...change(ctx, ticket, now),
        action: `support.ticket.${field === "lineId" ? "line" : field}_changed`,
        before: { [field]: current },
        after: { [field]: next },
      });
    }
  });
}

/** An internal note: agents only, never mailed. */
export async function addNote(ctx: AgentContext, input: z.output<typeof ticketMessageInput>): Promise<{ messageId: string }> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    refuseMerged(await loadTicket(tx, input.ticketId));
    const added = await addTicketMessage(tx, {
      ticketId: input.ticketId,
      kind: "note",
      authorUserId: ctx.agentUserId,
      authorEmail: null,
      body: input.body,
      now,
      requestId: ctx.requestId,
    });
    return { messageId: added.messageId };
  });
}

/**
 * A reply to the requester: the message, its threaded mail in the outbox and, when asked, the status
 * after it, in one transaction; the mail job is enqueued after commit (the outbox sweep picks up a
 * failed enqueue, so that failure is logged, not raised).
 */
export async function replyToTicket(
  ctx: AgentContext,
  input: z.output<typeof replyInput>,
): Promise<{ messageId: string; mailQueued: boolean }> {
  const now = ctx.clock();
  const added = await ctx.db.transaction(async (tx) => {
    const ticket = await loadTicket(tx, input.ticketId);
    refuseMerged(ticket);
    if (!ticket.requesterEmail) throw new AppError("WORKSPACE_NO_REQUESTER_EMAIL", { field: "body" });
    const result = await addTicketMessage(tx, {
      ticketId: ticket.id,
      kind: "reply",
      authorUserId: ctx.agentUserId,
      authorEmail: null,
      body: input.body,
      now,
      requestId: ctx.requestId,
    });
    if (input.statusAfter) await changeStatus(ctx, tx, await loadTicket(tx, ticket.id, true), input.statusAfter, now);
    return result;
  });
  for (const mailId of added.mailIds) {
    await ctx.jobs
      .send(sendMail, { mailId }, { singletonKey: mailId })
      .catch((error: unknown) => ctx.logger.warn({ err: error, mailId }, "ticket reply mail left for the outbox sweep"));
  }
  return { messageId: added.messageId, mailQueued: added.mailIds.length > 0 };
}

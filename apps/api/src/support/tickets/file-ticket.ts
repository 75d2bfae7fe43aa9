import { supportTickets } from "@reskontra/db";
import { extractTicketIdentifiers, type TicketCategory, type TicketPriority } from "@reskontra/domain";
import { addTicketMessage, createTicket, recordTicketChange, saveVoucherNumbers } from "@reskontra/usecases/support";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";
import type { Membership } from "../../trpc/context";
import { canSeeAsRequester, loadVisibleTicket } from "./ticket-access";

/**
 * Files the requester's own request from the form. A request naming no invoice, reference,
 * customer, voucher, document or work-order number is refused until the requester confirms they
 * send it anyway (the form's warning); it is then marked as sent without one.
 */
export async function fileTicket(
  ctx: AuthedContext & { tenant: Membership },
  input: {
    subject: string;
    description: string;
    category: TicketCategory;
    priority?: TicketPriority;
    sendWithoutIdentifier: boolean;
  },
) {
  const hasIdentifier = extractTicketIdentifiers(`${input.subject}\n${input.description}`).length > 0;
  if (!hasIdentifier && !input.sendWithoutIdentifier)
    throw new AppError("TICKET_IDENTIFIER_NOT_CONFIRMED", { field: "description" });
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const created = await createTicket(tx, {
      organizationId: ctx.tenant.organizationId,
      requesterUserId: ctx.auth.user.id,
      requesterEmail: ctx.auth.user.email,
      requesterName: ctx.auth.user.name,
      channel: "web",
      subject: input.subject,
      description: input.description,
      category: input.category,
      ...(input.priority ? { priority: input.priority } : {}),
      actorUserId: ctx.auth.user.id,
      sentWithoutIdentifier: !hasIdentifier,
      now,
      requestId: ctx.requestId,
    });
    await saveVoucherNumbers(tx, created.id, `${input.subject}\n${input.description}`);
    return created;
  });
}

/** The requester's (or their company admin's) reply; it reopens a waiting or freshly resolved ticket. */
export async function replyToTicket(ctx: AuthedContext, input: { ticketId: string; body: string }) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const ticket = await loadVisibleTicket(ctx, input.ticketId, { db: tx, forUpdate: true });
    // Agents answer in the workspace, where a reply mails the requester; here one writes as the requester's side.
    if (!canSeeAsRequester(ctx, ticket)) throw new AppError("ROLE_FORBIDDEN");
    const added = await addTicketMessage(tx, {
      ticketId: ticket.id,
      kind: "customer",
      authorUserId: ctx.auth.user.id,
      authorEmail: ctx.auth.user.email,
      body: input.body,
      now,
      requestId: ctx.requestId,
    });
    if (added.startsNewTicket) throw new AppError("TICKET_CLOSED_START_NEW", { field: "body" });
    await saveVoucherNumbers(tx, ticket.id, input.body);
    return { id: added.messageId };
  });
}

/** The requester says the matter is settled: the ticket is resolved (a reply within 14 days reopens it). */
export async function resolveOwnTicket(ctx: AuthedContext, ticketId: string) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const ticket = await loadVisibleTicket(ctx, ticketId, { db: tx, forUpdate: true });
    if (!canSeeAsRequester(ctx, ticket)) throw new AppError("ROLE_FORBIDDEN");
    if (ticket.status === "resolved" || ticket.status === "closed") throw new AppError("TICKET_ALREADY_RESOLVED");
    await tx.update(supportTickets).set({ status: "resolved", resolvedAt: now }).where(eq(supportTickets.id, ticket.id));
    await recordTicketChange(tx, {
      ticketId: ticket.id,
      organizationId: ticket.organizationId,
      actorUserId: ctx.auth.user.id,
      action: "support.ticket.resolved_by_requester",
      status: "resolved",
      before: { status: ticket.status },
      after: { status: "resolved" },
      at: now,
      requestId: ctx.requestId,
    });
    return { id: ticket.id };
  });
}

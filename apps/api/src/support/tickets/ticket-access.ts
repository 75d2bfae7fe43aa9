import { type DbOrTx, supportTickets } from "@reskontra/db";
import { eq, inArray, or, type SQL } from "drizzle-orm";
import { AppError } from "../../errors";
import { isAgent, type AuthedContext } from "../../trpc/authed";

export type TicketRow = typeof supportTickets.$inferSelect;

/** The organizations whose every request the caller sees: where they are a company admin. */
export function adminOrganizationIds(ctx: AuthedContext): string[] {
  return ctx.auth.memberships.filter((m) => m.role === "company_admin").map((m) => m.organizationId);
}

/**
 * Who sees a ticket: its requester, a company admin of its organization, and the operator's support
 * agents.
 */
export function canSeeTicket(ctx: AuthedContext, ticket: Pick<TicketRow, "requesterUserId" | "organizationId">): boolean {
  return isAgent(ctx) || canSeeAsRequester(ctx, ticket);
}

/** The requester-side condition on tickets, for lists: own requests, and the admin's organizations'. */
export function requesterScope(ctx: AuthedContext, scope: "mine" | "organization"): SQL {
  const own = eq(supportTickets.requesterUserId, ctx.auth.user.id);
  const admin = adminOrganizationIds(ctx);
  if (scope === "mine" || admin.length === 0) return own;
  return or(own, inArray(supportTickets.organizationId, admin)) ?? own;
}

/**
 * The ticket if the caller may see it; anyone else gets TICKET_NOT_FOUND, so ticket ids of other
 * organizations reveal nothing.
 */
export async function loadVisibleTicket(
  ctx: AuthedContext,
  ticketId: string,
  options: { db?: DbOrTx; forUpdate?: boolean } = {},
): Promise<TicketRow> {
  const db = options.db ?? ctx.db;
  const query = db.select().from(supportTickets).where(eq(supportTickets.id, ticketId));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row || !canSeeTicket(ctx, row)) throw new AppError("TICKET_NOT_FOUND", { field: "ticketId" });
  return row;
}

/** The requester's side of a ticket (its requester or their company admin), who may reply and resolve. */
export function canSeeAsRequester(ctx: AuthedContext, ticket: Pick<TicketRow, "requesterUserId" | "organizationId">): boolean {
  if (ticket.requesterUserId !== null && ticket.requesterUserId === ctx.auth.user.id) return true;
  return ticket.organizationId !== null && adminOrganizationIds(ctx).includes(ticket.organizationId);
}

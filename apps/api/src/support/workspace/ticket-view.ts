import {
  organizations,
  supportAttachments,
  supportTicketEvents,
  supportTicketMessages,
  supportTickets,
  users,
  type DbOrTx,
} from "@reskontra/db";
import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { ticketView } from "./outputs";
import { slaOfTickets } from "./sla";

type Ticket = typeof supportTickets.$inferSelect;

/** The ticket row, locked for the change when `forUpdate`; refused when it does not exist. */
export async function loadTicket(db: DbOrTx, ticketId: string, forUpdate = false): Promise<Ticket> {
  const query = db.select().from(supportTickets).where(eq(supportTickets.id, ticketId));
  const [ticket] = forUpdate ? await query.for("update") : await query;
  if (!ticket) throw new AppError("WORKSPACE_TICKET_NOT_FOUND", { field: "ticketId" });
  return ticket;
}

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * The agent's view of a ticket: every message including internal notes (and those of duplicates
 * merged into it, marked with their number), attachments, the whole history and the SLA time left.
 */
export async function agentTicketView(
  deps: { db: DbOrTx; clock: () => Date },
  ticketId: string,
): Promise<z.infer<typeof ticketView>> {
  const { db } = deps;
  const ticket = await loadTicket(db, ticketId);
  const people = new Set([ticket.assigneeUserId].filter((id): id is string => id !== null));
  const [organization] = ticket.organizationId
    ? await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, ticket.organizationId))
    : [];
  const sources = await db
    .select({ id: supportTickets.id, number: supportTickets.number })
    .from(supportTickets)
    .where(eq(supportTickets.mergedIntoTicketId, ticket.id))
    .orderBy(asc(supportTickets.number));
  const [target] = ticket.mergedIntoTicketId
    ? await db
        .select({ id: supportTickets.id, number: supportTickets.number })
        .from(supportTickets)
        .where(eq(supportTickets.id, ticket.mergedIntoTicketId))
    : [];
  const numberOf = new Map(sources.map((s) => [s.id, s.number]));
  const author = alias(users, "author");
  const messages = await db
    .select({
      id: supportTicketMessages.id,
      ticketId: supportTicketMessages.ticketId,
      kind: supportTicketMessages.kind,
      body: supportTicketMessages.body,
      authorName: author.name,
      authorEmail: supportTicketMessages.authorEmail,
      createdAt: supportTicketMessages.createdAt,
    })
    .from(supportTicketMessages)
    .leftJoin(author, eq(author.id, supportTicketMessages.authorUserId))
    .where(inArray(supportTicketMessages.ticketId, [ticket.id, ...numberOf.keys()]))
    .orderBy(asc(supportTicketMessages.createdAt), asc(supportTicketMessages.id));
  const files =
    messages.length === 0
      ? []
      : await db
          .select({
            id: supportAttachments.id,
            messageId: supportAttachments.messageId,
            fileName: supportAttachments.fileName,
            contentType: supportAttachments.contentType,
            sizeBytes: supportAttachments.sizeBytes,
          })
          .from(supportAttachments)
          .where(
            inArray(
              supportAttachments.messageId,
              messages.map((m) => m.id),
            ),
          )
          .orderBy(asc(supportAttachments.createdAt));
  const actor = alias(users, "actor");
  const history = await db
    .select({
      id: supportTicketEvents.id,
      at: supportTicketEvents.at,
      action: supportTicketEvents.action,
      actorName: actor.name,
      status: supportTicketEvents.status,
      before: supportTicketEvents.before,
      after: supportTicketEvents.after,
    })
    .from(supportTicketEvents)
    .leftJoin(actor, eq(actor.id, supportTicketEvents.actorUserId))
    .where(eq(supportTicketEvents.ticketId, ticket.id))
    .orderBy(asc(supportTicketEvents.at), asc(supportTicketEvents.id));
  const names = people.size
    ? await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, [...people]))
    : [];
  const sla = (await slaOfTickets(db, [ticket], deps.clock())).get(ticket.id);
  if (!sla) throw new Error("no SLA computed");
  return {
    ...ticket,
    organizationName: organization?.name ?? null,
    assigneeName: names.find((n) => n.id === ticket.assigneeUserId)?.name ?? null,
    mergedInto: target ?? null,
    mergedFrom: sources,
    sla,
    messages: messages.map((m) => ({
      ...m,
      fromTicketNumber: numberOf.get(m.ticketId) ?? null,
      attachments: files.filter((f) => f.messageId === m.id),
    })),
    history: history.map((e) => ({ ...e, before: asRecord(e.before), after: asRecord(e.after) })),
  };
}

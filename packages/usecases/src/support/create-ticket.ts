import { type DbOrTx, supportLines, supportTicketIdentifiers, supportTicketMessages, supportTickets } from "@reskontra/db";
import {
  extractIdentifiers,
  maskIdentityCodes,
  type TicketCategory,
  type TicketChannel,
  type TicketPriority,
} from "@reskontra/domain";
import { and, asc, eq } from "drizzle-orm";
import { type NewAttachment, storeAttachments } from "./attachments";
import { recordTicketChange } from "./ticket-events";

/** The queue for a category: the line that takes it by default, else general software support. */
export async function lineForCategory(tx: DbOrTx, category: TicketCategory): Promise<string> {
  const [byCategory] = await tx
    .select({ id: supportLines.id })
    .from(supportLines)
    .where(and(eq(supportLines.defaultCategory, category), eq(supportLines.active, true)))
    .orderBy(asc(supportLines.createdAt))
    .limit(1);
  if (byCategory) return byCategory.id;
  const [general] = await tx.select({ id: supportLines.id }).from(supportLines).where(eq(supportLines.code, "software"));
  if (general) return general.id;
  const [any] = await tx.select({ id: supportLines.id }).from(supportLines).orderBy(asc(supportLines.createdAt)).limit(1);
  // The migration-time seed makes at least one line; without it nothing can be queued.
  if (!any) throw new Error("no support line exists: seed the support lines first");
  return any.id;
}

export type NewTicket = {
  organizationId: string | null;
  requesterUserId: string | null;
  requesterEmail: string | null;
  requesterName: string | null;
  channel: TicketChannel;
  subject: string;
  description: string;
  category: TicketCategory;
  priority?: TicketPriority;
  /** Defaults to the category's line. */
  lineId?: string;
  /** Who filed it: the requester, an agent on their behalf, or null for mail and the system. */
  actorUserId: string | null;
  /** The Message-ID of the mail it came in as, so replies thread onto it. */
  mailMessageId?: string | null;
  attachments?: readonly NewAttachment[];
  voucherErrorReportId?: string | null;
  sentWithoutIdentifier?: boolean;
  now: Date;
  requestId?: string | null;
};

/**
 * Files a ticket in the caller's transaction: the ticket, its first message, the identifiers
 * recognised in its text, its attachments, a history row and an audit row. Identity codes are
 * masked before anything is stored.
 */
export async function createTicket(tx: DbOrTx, input: NewTicket): Promise<{ id: string; number: number; messageId: string }> {
  const subject = maskIdentityCodes(input.subject.trim());
  const description = maskIdentityCodes(input.description.trim());
  const lineId = input.lineId ?? (await lineForCategory(tx, input.category));
  const [ticket] = await tx
    .insert(supportTickets)
    .values({
      organizationId: input.organizationId,
      requesterUserId: input.requesterUserId,
      requesterEmail: input.requesterEmail,
      requesterName: input.requesterName,
      channel: input.channel,
      subject,
      description,
      category: input.category,
      priority: input.priority ?? "normal",
      lineId,
      voucherErrorReportId: input.voucherErrorReportId ?? null,
      sentWithoutIdentifier: input.sentWithoutIdentifier ?? false,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning({ id: supportTickets.id, number: supportTickets.number });
  if (!ticket) throw new Error("ticket insert returned nothing");
  const [message] = await tx
    .insert(supportTicketMessages)
    .values({
      ticketId: ticket.id,
      kind: "customer",
      authorUserId: input.requesterUserId,
      authorEmail: input.requesterEmail,
      body: description,
      mailMessageId: input.mailMessageId ?? null,
      createdAt: input.now,
    })
    .returning({ id: supportTicketMessages.id });
  if (!message) throw new Error("message insert returned nothing");
  await saveIdentifiers(tx, ticket.id, `${subject}\n${description}`);
  await storeAttachments(
    tx,
    { ticketId: ticket.id, messageId: message.id, uploadedBy: input.actorUserId, now: input.now },
    input.attachments ?? [],
  );
  await recordTicketChange(tx, {
    ticketId: ticket.id,
    organizationId: input.organizationId,
    actorUserId: input.actorUserId,
    action: "support.ticket.created",
    status: "new",
    after: { number: ticket.number, channel: input.channel, category: input.category, lineId },
    at: input.now,
    requestId: input.requestId,
  });
  return { id: ticket.id, number: ticket.number, messageId: message.id };
}

/** Remembers the identifiers in `text` (a ticket's first text or a later message) for linking. */
export async function saveIdentifiers(tx: DbOrTx, ticketId: string, text: string): Promise<void> {
  const found = extractIdentifiers(text);
  if (found.length === 0) return;
  await tx
    .insert(supportTicketIdentifiers)
    .values(found.map((f) => ({ ticketId, kind: f.kind, value: f.value })))
    .onConflictDoNothing();
}

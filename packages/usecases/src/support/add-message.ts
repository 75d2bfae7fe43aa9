import { type DbOrTx, outgoingMails, supportMailboxes, supportTicketMessages, supportTickets, users } from "@reskontra/db";
import { effectOfMessage, maskIdentityCodes, type TicketMessageKind } from "@reskontra/domain";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { type NewAttachment, storeAttachments } from "./attachments";
import { saveIdentifiers } from "./create-ticket";
import { ticketMailSubject, ticketMailText } from "./mail-texts";
import { recordTicketChange } from "./ticket-events";

export type NewTicketMessage = {
  ticketId: string;
  kind: TicketMessageKind;
  authorUserId: string | null;
  authorEmail: string | null;
  body: string;
  attachments?: readonly NewAttachment[];
  /** Already stored attachments to send along (a forward carries the ticket's files). */
  forwardAttachmentIds?: readonly string[];
  /** For a forward: the third party's address. */
  forwardTo?: string;
  /** The Message-ID of the mail it came in as. */
  mailMessageId?: string | null;
  now: Date;
  requestId?: string | null;
};

export type AddedMessage = {
  messageId: string;
  /** Outgoing mails to enqueue after commit (sendMail job). */
  mailIds: string[];
  /** A requester wrote on a closed ticket: nothing was added; file a new ticket instead. */
  startsNewTicket: boolean;
};

/**
 * Adds a message to a ticket in the caller's transaction and applies what it does to the ticket
 * (reopen, first response). A reply or a forward also queues its mail, threaded onto the
 * requester's last mail, from the mailbox of the ticket's line; the caller enqueues `mailIds`.
 */
export async function addTicketMessage(tx: DbOrTx, input: NewTicketMessage): Promise<AddedMessage> {
  const [ticket] = await tx.select().from(supportTickets).where(eq(supportTickets.id, input.ticketId)).for("update");
  if (!ticket) throw new Error(`ticket ${input.ticketId} does not exist`);
  const effect = effectOfMessage({
    status: ticket.status,
    kind: input.kind,
    resolvedAt: ticket.resolvedAt,
    firstResponseAt: ticket.firstResponseAt,
    now: input.now,
  });
  if (effect.startsNewTicket) return { messageId: "", mailIds: [], startsNewTicket: true };

  const body = maskIdentityCodes(input.body.trim());
  const [message] = await tx
    .insert(supportTicketMessages)
    .values({
      ticketId: ticket.id,
      kind: input.kind,
      authorUserId: input.authorUserId,
      authorEmail: input.authorEmail,
      body,
      mailMessageId: input.mailMessageId ?? null,
      createdAt: input.now,
    })
    .returning({ id: supportTicketMessages.id });
  if (!message) throw new Error("message insert returned nothing");
  const attachmentIds = await storeAttachments(
    tx,
    { ticketId: ticket.id, messageId: message.id, uploadedBy: input.authorUserId, now: input.now },
    input.attachments ?? [],
  );
  if (input.kind === "customer") await saveIdentifiers(tx, ticket.id, body);

  const mailIds: string[] = [];
  const to = input.kind === "reply" ? ticket.requesterEmail : input.kind === "forward" ? (input.forwardTo ?? null) : null;
  if (to) {
    const mailId = await queueTicketMail(tx, {
      ticket,
      to,
      body,
      kind: input.kind === "forward" ? "forward" : "reply",
      attachmentIds: [...attachmentIds, ...(input.forwardAttachmentIds ?? [])],
      now: input.now,
      messageId: message.id,
    });
    mailIds.push(mailId);
    await tx
      .update(supportTicketMessages)
      .set({ outgoingMailId: mailId, mailMessageId: `<mail-${mailId}@reskontra>` })
      .where(eq(supportTicketMessages.id, message.id));
  }

  const statusChanged = effect.status !== ticket.status;
  await tx
    .update(supportTickets)
    .set({
      status: effect.status,
      ...(effect.firstResponse ? { firstResponseAt: input.now } : {}),
      ...(statusChanged && effect.status === "open" && ticket.status === "resolved" ? { resolvedAt: null } : {}),
    })
    .where(eq(supportTickets.id, ticket.id));
  await recordTicketChange(tx, {
    ticketId: ticket.id,
    organizationId: ticket.organizationId,
    actorUserId: input.authorUserId,
    action: `support.ticket.message_${input.kind}`,
    ...(statusChanged ? { status: effect.status, before: { status: ticket.status } } : {}),
    after: { messageId: message.id, ...(statusChanged ? { status: effect.status } : {}), ...(to ? { mailTo: to } : {}) },
    at: input.now,
    requestId: input.requestId,
  });
  return { messageId: message.id, mailIds, startsNewTicket: false };
}

async function queueTicketMail(
  tx: DbOrTx,
  input: {
    ticket: typeof supportTickets.$inferSelect;
    to: string;
    body: string;
    kind: "reply" | "forward";
    attachmentIds: string[];
    now: Date;
    messageId: string;
  },
): Promise<string> {
  const { ticket } = input;
  // Threading: In-Reply-To the latest mail of the ticket, References all of them (RFC 5322 §3.6.4).
  const threaded = await tx
    .select({ id: supportTicketMessages.mailMessageId })
    .from(supportTicketMessages)
    .where(and(eq(supportTicketMessages.ticketId, ticket.id), isNotNull(supportTicketMessages.mailMessageId)))
    .orderBy(asc(supportTicketMessages.createdAt));
  const ids = threaded.map((t) => t.id).filter((id): id is string => id !== null);
  const [mailbox] = await tx
    .select({ address: supportMailboxes.address })
    .from(supportMailboxes)
    .where(eq(supportMailboxes.lineId, ticket.lineId))
    .orderBy(asc(supportMailboxes.createdAt))
    .limit(1);
  const locale = ticket.requesterUserId
    ? ((await tx.select({ locale: users.locale }).from(users).where(eq(users.id, ticket.requesterUserId)))[0]?.locale ?? "fi")
    : "fi";
  const lang = locale === "en" ? "en" : "fi";
  const [mail] = await tx
    .insert(outgoingMails)
    .values({
      // One mail per message: two replies in the same millisecond are two mails, not a duplicate key (a 500).
      idempotencyKey: `support:${ticket.id}:${input.kind}:${input.messageId}:${input.to}`,
      toAddress: input.to,
      subject: ticketMailSubject(lang, ticket.number, ticket.subject, input.kind),
      body: ticketMailText(lang, { number: ticket.number, body: input.body, kind: input.kind, original: ticket.description }),
      fromAddress: mailbox?.address ?? null,
      replyTo: mailbox?.address ?? null,
      inReplyTo: ids.at(-1) ?? null,
      references: ids.length > 0 ? ids.join(" ") : null,
      attachmentIds: input.attachmentIds.length > 0 ? input.attachmentIds : null,
      createdAt: input.now,
    })
    .returning({ id: outgoingMails.id });
  if (!mail) throw new Error("mail insert returned nothing");
  return mail.id;
}

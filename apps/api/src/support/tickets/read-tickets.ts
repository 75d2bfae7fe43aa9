import { supportAttachments, supportTicketMessages, supportTickets, users } from "@reskontra/db";
import { effectOfMessage, evaluateTicketChecklist, extractTicketIdentifiers, type TicketStatus } from "@reskontra/domain";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { isAgent, type AuthedContext } from "../../trpc/authed";
import { linkIdentifiers, type LinkedIdentifier } from "./linked-identifiers";
import type { checkTextOutput, ticketOutput } from "./outputs";
import { canSeeAsRequester, loadVisibleTicket, requesterScope } from "./ticket-access";

/** The checklist as the form is typed, with each recognised number linked for the viewer. */
export async function checkTicketText(
  ctx: AuthedContext,
  input: { subject: string; description: string; attachmentCount: number },
): Promise<z.infer<typeof checkTextOutput>> {
  const found = extractTicketIdentifiers(`${input.subject}\n${input.description}`);
  // Voucher numbers are this room's own kind; the shared checklist counts them as linked identifiers.
  const vouchers = found.filter((f) => f.kind === "voucher_number").length;
  const checklist = evaluateTicketChecklist({ ...input, linkedIdentifierCount: vouchers });
  const identifiers = await linkIdentifiers(ctx, found);
  return {
    // Offsets are into subject + newline + description; the form lists them, it does not mark them up.
    identifiers,
    complete: checklist.complete,
    missing: checklist.missing.map((m) => ({ item: m.item as "description" | "identifier" | "attachment", code: m.code })),
    flagBeforeSend: checklist.flagBeforeSend,
  };
}

const MAX_LISTED = 200;

/** The caller's own requests, newest activity first; a company admin may ask for the organization's too. */
export async function listTickets(ctx: AuthedContext, input: { scope: "mine" | "organization"; status?: TicketStatus }) {
  const rows = await ctx.db
    .select({
      id: supportTickets.id,
      number: supportTickets.number,
      subject: supportTickets.subject,
      status: supportTickets.status,
      category: supportTickets.category,
      priority: supportTickets.priority,
      requesterName: supportTickets.requesterName,
      requesterUserId: supportTickets.requesterUserId,
      createdAt: supportTickets.createdAt,
      updatedAt: supportTickets.updatedAt,
    })
    .from(supportTickets)
    .where(and(requesterScope(ctx, input.scope), input.status ? eq(supportTickets.status, input.status) : undefined))
    .orderBy(desc(supportTickets.updatedAt), desc(supportTickets.number))
    .limit(MAX_LISTED);
  return rows.map(({ requesterUserId, ...r }) => ({ ...r, mine: requesterUserId === ctx.auth.user.id }));
}

/** Message kinds a requester reads; internal notes and forwards to third parties are the agents' own. */
const REQUESTER_KINDS = ["customer", "reply", "system"] as const;

/** One ticket with its thread, each message's numbers linked for this viewer, and its files. */
export async function getTicket(ctx: AuthedContext, ticketId: string): Promise<z.infer<typeof ticketOutput>> {
  const ticket = await loadVisibleTicket(ctx, ticketId);
  const agent = isAgent(ctx);
  const messages = await ctx.db
    .select({
      id: supportTicketMessages.id,
      kind: supportTicketMessages.kind,
      authorUserId: supportTicketMessages.authorUserId,
      authorName: users.name,
      authorEmail: supportTicketMessages.authorEmail,
      body: supportTicketMessages.body,
      createdAt: supportTicketMessages.createdAt,
    })
    .from(supportTicketMessages)
    .leftJoin(users, eq(users.id, supportTicketMessages.authorUserId))
    .where(
      and(
        eq(supportTicketMessages.ticketId, ticket.id),
        agent ? undefined : inArray(supportTicketMessages.kind, [...REQUESTER_KINDS]),
      ),
    )
    .orderBy(asc(supportTicketMessages.createdAt), asc(supportTicketMessages.id));
  const files = await ctx.db
    .select({
      id: supportAttachments.id,
      messageId: supportAttachments.messageId,
      fileName: supportAttachments.fileName,
      contentType: supportAttachments.contentType,
      sizeBytes: supportAttachments.sizeBytes,
    })
    .from(supportAttachments)
    .where(eq(supportAttachments.ticketId, ticket.id))
    .orderBy(asc(supportAttachments.createdAt));

  // One linking pass over the subject and every message: the lookups are by value, not per message.
  const texts = [ticket.subject, ...messages.map((m) => m.body)];
  const found = texts.map((t) => extractTicketIdentifiers(t));
  const linked = await linkIdentifiers(ctx, found.flat());
  const perText: LinkedIdentifier[][] = [];
  let at = 0;
  for (const f of found) {
    perText.push(linked.slice(at, at + f.length));
    at += f.length;
  }
  const requesterSide = canSeeAsRequester(ctx, ticket);
  // The same rule addTicketMessage applies: closed, or resolved too long ago, asks for a new request.
  const replyStartsNewTicket = effectOfMessage({
    status: ticket.status,
    kind: "customer",
    resolvedAt: ticket.resolvedAt,
    firstResponseAt: ticket.firstResponseAt,
    now: ctx.clock(),
  }).startsNewTicket;
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    subjectIdentifiers: perText[0] ?? [],
    status: ticket.status,
    category: ticket.category,
    priority: ticket.priority,
    channel: ticket.channel,
    requesterName: ticket.requesterName,
    mine: ticket.requesterUserId === ctx.auth.user.id,
    sentWithoutIdentifier: ticket.sentWithoutIdentifier,
    fromVoucherErrorReport: ticket.voucherErrorReportId !== null,
    createdAt: ticket.createdAt,
    resolvedAt: ticket.resolvedAt,
    closedAt: ticket.closedAt,
    messages: messages.map((m, i) => ({
      id: m.id,
      kind: m.kind,
      authorName: m.authorName ?? m.authorEmail,
      mine: m.authorUserId === ctx.auth.user.id,
      body: m.body,
      identifiers: perText[i + 1] ?? [],
      attachments: files.filter((f) => f.messageId === m.id).map(({ messageId: _, ...f }) => f),
      createdAt: m.createdAt,
    })),
    canReply: requesterSide && !replyStartsNewTicket,
    replyStartsNewTicket,
    canResolve: requesterSide && ticket.status !== "resolved" && ticket.status !== "closed",
    viewerIsAgent: agent,
  };
}

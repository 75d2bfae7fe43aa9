import { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_MESSAGE_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from "@reskontra/domain";
import { z } from "zod";

export const linkedIdentifierOutput = z.object({
  kind: z.enum([
    "invoice_number",
    "reference",
    "rf_reference",
    "customer_number",
    "document_number",
    "work_order_number",
    "voucher_number",
  ]),
  value: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The record this viewer may open, or null: then the number is shown as plain text. */
  link: z.object({ type: z.enum(["invoice", "customer", "voucher_client", "organizer_client"]), id: z.string() }).nullable(),
});

export const checkTextOutput = z.object({
  identifiers: z.array(linkedIdentifierOutput),
  complete: z.boolean(),
  /** Domain checklist codes still missing: description, identifier, attachment. */
  missing: z.array(z.object({ item: z.enum(["description", "identifier", "attachment"]), code: z.string() })),
  /** No identifier: the form warns before sending. */
  flagBeforeSend: z.boolean(),
});

export const createdTicketOutput = z.object({ id: z.string(), number: z.number().int(), messageId: z.string() });

export const ticketListItemOutput = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES),
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES),
  requesterName: z.string().nullable(),
  mine: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const attachmentOutput = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});

export const ticketMessageOutput = z.object({
  id: z.string(),
  kind: z.enum(TICKET_MESSAGE_KINDS),
  authorName: z.string().nullable(),
  mine: z.boolean(),
  body: z.string(),
  identifiers: z.array(linkedIdentifierOutput),
  attachments: z.array(attachmentOutput),
  createdAt: z.date(),
});

export const ticketOutput = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  subjectIdentifiers: z.array(linkedIdentifierOutput),
  status: z.enum(TICKET_STATUSES),
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES),
  channel: z.enum(TICKET_CHANNELS),
  requesterName: z.string().nullable(),
  mine: z.boolean(),
  sentWithoutIdentifier: z.boolean(),
  fromVoucherErrorReport: z.boolean(),
  createdAt: z.date(),
  resolvedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  messages: z.array(ticketMessageOutput),
  /** The viewer may write on it as the requester's side (a closed one asks for a new request). */
  canReply: z.boolean(),
  /** Closed, or resolved longer than the reopening time ago: a new request is needed instead. */
  replyStartsNewTicket: z.boolean(),
  canResolve: z.boolean(),
  /** The viewer is a support agent: the page also shows the agents' panels. */
  viewerIsAgent: z.boolean(),
});

// Input schemas of the support desk's tickets procedures; the web's forms check with the same ones.
import { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from "@reskontra/domain";
import { z } from "zod";
import { plainString } from "../shared/plain-string";

/** How many files one request or reply carries, and how large each may be (the api sniffs the type). */
export const TICKET_ATTACHMENT_LIMITS = { maxFiles: 5, maxBytes: 10 * 1024 * 1024 } as const;

const ticketId = z.uuid();
const subject = plainString().trim().min(1).max(200);
const body = plainString().trim().min(1).max(20_000);

/** The checklist as the form is typed: what is recognised in the text, what is still missing. */
export const checkTicketTextInput = z.object({
  subject: plainString().max(200).default(""),
  description: plainString().max(20_000),
  attachmentCount: z.number().int().min(0).max(TICKET_ATTACHMENT_LIMITS.maxFiles).default(0),
});

export const createTicketInput = z.object({
  organizationId: z.uuid(),
  subject,
  description: body,
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  /** The requester saw "add the invoice number…" and sends it anyway. */
  sendWithoutIdentifier: z.boolean().default(false),
});

export const listTicketsInput = z.object({
  /** "mine": the caller's own requests; "organization": a company admin's organization's too. */
  scope: z.enum(["mine", "organization"]).default("mine"),
  status: z.enum(TICKET_STATUSES).optional(),
});

export const ticketIdInput = z.object({ ticketId });

export const replyTicketInput = z.object({ ticketId, body });

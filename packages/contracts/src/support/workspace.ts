// Input schemas of the support desk's workspace procedures; the web's forms check with the same ones.
import { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from "@reskontra/domain";
import { z } from "zod";
import { plainString } from "../shared/plain-string";
import { plainDate } from "../shared/plain-date";

/** Which queue: one line's, every line the agent works, the agent's own, or nobody's yet. */
export const WORKSPACE_VIEWS = ["lines", "mine", "unassigned"] as const;
export type WorkspaceView = (typeof WORKSPACE_VIEWS)[number];

/** The statuses someone still has to act on: the default of every queue. */
export const ACTIVE_TICKET_STATUSES = ["new", "open", "waiting_customer", "waiting_third_party"] as const;

const text = (max: number) => plainString().trim().min(1).max(max);

export const workspaceListInput = z.object({
  view: z.enum(WORKSPACE_VIEWS).default("lines"),
  /** One line of the agent's; omitted → every line the agent belongs to. */
  lineId: z.uuid().optional(),
  /** Omitted → the active statuses. */
  statuses: z.array(z.enum(TICKET_STATUSES)).min(1).max(TICKET_STATUSES.length).optional(),
  category: z.enum(TICKET_CATEGORIES).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  assigneeUserId: z.uuid().optional(),
  /** The requester's organization. */
  organizationId: z.uuid().optional(),
  createdFrom: plainDate.optional(),
  createdTo: plainDate.optional(),
  /** Words of the subject or text (Finnish stemming), part of the subject, or the ticket number. */
  query: plainString().trim().max(200).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: plainString().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type WorkspaceListInput = z.input<typeof workspaceListInput>;

export const assignTicketInput = z.object({
  ticketId: z.uuid(),
  /** null unassigns. */
  assigneeUserId: z.uuid().nullable(),
});

export const updateTicketInput = z.object({
  ticketId: z.uuid(),
  status: z.enum(TICKET_STATUSES).optional(),
  category: z.enum(TICKET_CATEGORIES).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  lineId: z.uuid().optional(),
});

export const ticketMessageInput = z.object({
  ticketId: z.uuid(),
  body: text(20_000),
});

export const replyInput = ticketMessageInput.extend({
  /** The status to leave the ticket in after the reply, e.g. waiting for the customer or resolved. */
  statusAfter: z.enum(["open", "waiting_customer", "waiting_third_party", "resolved"]).optional(),
});

export const mergeTicketInput = z.object({
  sourceTicketId: z.uuid(),
  /** The ticket that stays, by the number agents see. */
  targetTicketNumber: z.number().int().min(1).max(999_999_999_999),
});

export const savedReplyInput = z.object({
  title: text(200),
  body: text(10_000),
  /** Offered on this line only; null for every line. */
  lineId: z.uuid().nullable().default(null),
});

export const updateSavedReplyInput = savedReplyInput.extend({ savedReplyId: z.uuid() });
export const savedReplyIdInput = z.object({ savedReplyId: z.uuid() });

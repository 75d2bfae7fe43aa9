import { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_MESSAGE_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from "@reskontra/domain";
import { z } from "zod";

// What the workspace procedures answer; zod strips every key not named here.

const slaClock = z.object({
  targetMinutes: z.number().int(),
  leftMinutes: z.number().int(),
  paused: z.boolean(),
  stopped: z.boolean(),
  breached: z.boolean(),
});
export const slaOutput = z.object({ firstResponse: slaClock, resolution: slaClock });

export const queueRow = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES),
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES),
  channel: z.enum(TICKET_CHANNELS),
  lineId: z.string(),
  lineNameFi: z.string(),
  lineNameEn: z.string(),
  requesterName: z.string().nullable(),
  requesterEmail: z.string().nullable(),
  organizationName: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  sla: slaOutput,
});
export type QueueRow = z.infer<typeof queueRow>;

export const queuePage = z.object({ items: z.array(queueRow), nextCursor: z.string().nullable() });

export const lineOutput = z.object({
  id: z.string(),
  code: z.string(),
  nameFi: z.string(),
  nameEn: z.string(),
  member: z.boolean(),
  /** Tickets someone still has to act on. */
  activeCount: z.number().int(),
});

export const agentOutput = z.object({ id: z.string(), name: z.string(), email: z.string() });

const attachmentOutput = z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() });

export const ticketView = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  description: z.string(),
  status: z.enum(TICKET_STATUSES),
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES),
  channel: z.enum(TICKET_CHANNELS),
  lineId: z.string(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  requesterUserId: z.string().nullable(),
  requesterName: z.string().nullable(),
  requesterEmail: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  createdAt: z.date(),
  firstResponseAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  mergedInto: z.object({ id: z.string(), number: z.number().int() }).nullable(),
  mergedFrom: z.array(z.object({ id: z.string(), number: z.number().int() })),
  sla: slaOutput,
  messages: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(TICKET_MESSAGE_KINDS),
      body: z.string(),
      authorName: z.string().nullable(),
      authorEmail: z.string().nullable(),
      createdAt: z.date(),
      /** The number of the merged duplicate this message came from; null for the ticket's own. */
      fromTicketNumber: z.number().int().nullable(),
      attachments: z.array(attachmentOutput),
    }),
  ),
  history: z.array(
    z.object({
      id: z.string(),
      at: z.date(),
      action: z.string(),
      actorName: z.string().nullable(),
      status: z.enum(TICKET_STATUSES).nullable(),
      before: z.record(z.string(), z.unknown()).nullable(),
      after: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});

export const savedReplyOutput = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  lineId: z.string().nullable(),
  createdAt: z.date(),
});

export const replyOutput = z.object({ messageId: z.string(), mailQueued: z.boolean() });

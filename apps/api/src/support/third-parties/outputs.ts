import { DELIVERY_METHODS, THIRD_PARTY_KINDS, TICKET_CATEGORIES, TICKET_STATUSES } from "@reskontra/domain";
import { z } from "zod";

export const topicOutput = z.object({
  id: z.string(),
  thirdPartyId: z.string(),
  titleFi: z.string(),
  titleEn: z.string(),
  keywords: z.array(z.string()),
  category: z.enum(TICKET_CATEGORIES).nullable(),
});

export const thirdPartyOutput = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(THIRD_PARTY_KINDS),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  instructionsFi: z.string(),
  instructionsEn: z.string(),
  active: z.boolean(),
  updatedAt: z.date(),
  topics: z.array(topicOutput),
});

const reasonOutput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("keyword"), topicId: z.string(), keyword: z.string(), matched: z.string() }),
  z.object({ kind: z.literal("name"), matched: z.string() }),
  z.object({
    kind: z.literal("invoice_delivery"),
    invoiceNumber: z.string(),
    deliveryMethod: z.enum(DELIVERY_METHODS),
    dispatchStatus: z.enum(["queued", "sent", "failed", "uncertain"]).nullable(),
  }),
  z.object({ kind: z.literal("category"), topicId: z.string(), category: z.enum(TICKET_CATEGORIES) }),
]);

const partySummary = thirdPartyOutput.omit({ topics: true, updatedAt: true });

/** The contact a requester is shown: whom to call or write, and what to have at hand. */
export const publicContactOutput = z.object({
  name: z.string(),
  kind: z.enum(THIRD_PARTY_KINDS),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  instructions: z.string(),
  topicTitle: z.string().nullable(),
  /** The agent has already forwarded the request to them. */
  forwarded: z.boolean(),
});

export const triageTicketOutput = z.object({
  id: z.string(),
  number: z.number(),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES),
  category: z.enum(TICKET_CATEGORIES),
  attachmentCount: z.number(),
  forwardedTo: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const suggestOutput = z.discriminatedUnion("view", [
  z.object({
    view: z.literal("agent"),
    ticket: triageTicketOutput,
    suggestions: z.array(
      z.object({
        thirdParty: partySummary,
        score: z.number(),
        topic: topicOutput.pick({ id: true, titleFi: true, titleEn: true }).nullable(),
        reasons: z.array(reasonOutput),
      }),
    ),
  }),
  z.object({ view: z.literal("requester"), contact: publicContactOutput.nullable() }),
]);

export const forwardOutput = z.object({
  messageId: z.string(),
  mailId: z.string(),
  toAddress: z.string(),
  attachmentCount: z.number(),
});

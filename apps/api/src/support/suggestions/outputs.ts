import { SUGGESTION_STATUSES, TICKET_CATEGORIES } from "@reskontra/domain";
import { z } from "zod";

const status = z.enum(SUGGESTION_STATUSES);

export const suggestionOutput = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  benefit: z.string(),
  currentDifficulty: z.string(),
  category: z.enum(TICKET_CATEGORIES),
  status,
  /** The status, or "merged" for a duplicate. */
  stage: z.enum([...SUGGESTION_STATUSES, "merged"]),
  mergedInto: z.object({ id: z.string(), number: z.number().int() }).nullable(),
  reviewMonth: z.string(),
  voteCount: z.number().int(),
  votedByMe: z.boolean(),
  mine: z.boolean(),
  canVote: z.boolean(),
  decisionNote: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** Null for a caller outside the suggestion's organization: no requester identity across tenants. */
  requester: z
    .object({ name: z.string(), organizationName: z.string().nullable(), filedByAgentName: z.string().nullable() })
    .nullable(),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() })),
  /** The statuses the caller may move it to (the product team only). */
  allowedMoves: z.array(status),
});

export const filedOutput = z.object({
  id: z.string(),
  number: z.number().int(),
  missing: z.array(z.object({ item: z.string(), code: z.string() })),
});

export const voteOutput = z.object({ voted: z.boolean(), voteCount: z.number().int() });

export const boardOutput = z.object({ month: z.string(), items: z.array(suggestionOutput) });

export const monthsOutput = z.object({
  current: z.string(),
  months: z.array(z.object({ month: z.string(), total: z.number().int(), open: z.number().int() })),
});

export const statusChangedOutput = z.object({ id: z.string(), status, reviewMonth: z.string() });

export const mergedOutput = z.object({ id: z.string(), voteCount: z.number().int() });

export const historyOutput = z.array(
  z.object({
    id: z.number().int(),
    at: z.date(),
    action: z.string(),
    actorName: z.string().nullable(),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    reason: z.string().nullable(),
    reviewMonth: z.string().nullable(),
    voteCount: z.number().int().nullable(),
    mergedIntoNumber: z.number().int().nullable(),
    duplicateNumber: z.number().int().nullable(),
  }),
);

export const attachmentOutput = z.object({ fileName: z.string(), contentType: z.string(), contentBase64: z.string() });

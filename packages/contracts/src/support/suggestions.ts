// Input schemas of the support desk's suggestions procedures; the web's forms check with the same ones.
import { MAX_SUGGESTION_REASON_CHARS, SUGGESTION_STATUSES, TICKET_CATEGORIES, isReviewMonth } from "@reskontra/domain";
import { z } from "zod";
import { plainString } from "../shared/plain-string";

/**
 * A suggestion's attachment travels inside the request (base64), so it must fit the api's 1 MiB body
 * with the texts: 640 KiB of file at most. A screenshot or a short PDF fits.
 */
export const MAX_SUGGESTION_ATTACHMENT_BYTES = 640 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_SUGGESTION_ATTACHMENT_BYTES / 3) * 4;

const text = (max: number) => plainString().trim().min(1).max(max);

export const suggestionAttachmentInput = z.object({
  fileName: plainString().trim().min(1).max(200),
  contentBase64: z
    .string()
    .min(1)
    .refine((v) => v.length <= MAX_BASE64_CHARS, { message: "SUGGESTION_ATTACHMENT_TOO_LARGE" }),
});

/** The checklist's items are the fields: a clear description, the concrete benefit, today's difficulty. */
export const fileSuggestionInput = z.object({
  title: plainString().trim().min(3).max(120),
  description: text(4000),
  benefit: text(2000),
  currentDifficulty: text(2000),
  category: z.enum(TICKET_CATEGORIES),
  /** The organization the requester files for, when they belong to several. */
  organizationId: z.uuid().optional(),
  /** A support agent files for a customer: the customer's e-mail (and organization, if they have several). */
  onBehalfOf: z
    .object({
      email: plainString().trim().toLowerCase().pipe(z.email()),
      organizationId: z.uuid().optional(),
    })
    .optional(),
  attachment: suggestionAttachmentInput.optional(),
});
export type FileSuggestionInput = z.infer<typeof fileSuggestionInput>;

export const suggestionIdInput = z.object({ suggestionId: z.uuid() });

export const listSuggestionsInput = z.object({
  status: z.enum([...SUGGESTION_STATUSES, "merged"]).optional(),
  sort: z.enum(["votes", "newest"]).default("votes"),
  mine: z.boolean().default(false),
  limit: z.number().int().min(1).max(200).default(100),
});

const reviewMonth = plainString().refine(isReviewMonth, { message: "SUGGESTION_MONTH_INVALID" });

export const suggestionBoardInput = z.object({ month: reviewMonth });

export const changeSuggestionStatusInput = z.object({
  suggestionId: z.uuid(),
  status: z.enum(SUGGESTION_STATUSES),
  reason: text(MAX_SUGGESTION_REASON_CHARS),
  /**
   * The review it belongs to after the decision: the board it was decided on (a suggestion carried
   * over from an earlier month joins that month's), or next month's to look at it again.
   */
  reviewMonth: reviewMonth.optional(),
});
export type ChangeSuggestionStatusInput = z.infer<typeof changeSuggestionStatusInput>;

export const mergeSuggestionInput = z.object({
  suggestionId: z.uuid(),
  targetId: z.uuid(),
  reason: plainString().trim().max(MAX_SUGGESTION_REASON_CHARS).default(""),
  /** The review that merged it (the board it was on), when it came from an earlier month's. */
  reviewMonth: reviewMonth.optional(),
});
export type MergeSuggestionInput = z.infer<typeof mergeSuggestionInput>;

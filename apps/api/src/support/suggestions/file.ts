import type { FileSuggestionInput } from "@reskontra/contracts/support";
import { MAX_SUGGESTION_ATTACHMENT_BYTES } from "@reskontra/contracts/support";
import { memberships, supportSuggestions, users, writeAudit } from "@reskontra/db";
import { evaluateSuggestionChecklist, maskIdentityCodes, suggestionReviewMonth } from "@reskontra/domain";
import { checkAttachment, storeAttachments, type NewAttachment } from "@reskontra/usecases/support";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { AppError } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";
import { isAgent } from "../../trpc/authed";

const ATTACHMENT_REFUSAL = {
  ATTACHMENT_EMPTY: "SUGGESTION_ATTACHMENT_EMPTY",
  ATTACHMENT_TOO_LARGE: "SUGGESTION_ATTACHMENT_TOO_LARGE",
  ATTACHMENT_TYPE_NOT_ALLOWED: "SUGGESTION_ATTACHMENT_TYPE",
} as const;

/** The file as it was, its type read from its bytes, or the refusal naming the attachment. */
function attachmentOf(input: FileSuggestionInput["attachment"]): NewAttachment[] {
  if (!input) return [];
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
  if (bytes.length > MAX_SUGGESTION_ATTACHMENT_BYTES)
    throw new AppError("SUGGESTION_ATTACHMENT_TOO_LARGE", { field: "attachment" });
  const checked = checkAttachment(bytes);
  if (!checked.ok) throw new AppError(ATTACHMENT_REFUSAL[checked.code], { field: "attachment" });
  return [{ fileName: input.fileName, bytes, contentType: checked.contentType }];
}

/** Whose suggestion it is and for which organization: the caller's own, or a customer's through an agent. */
async function authorOf(
  ctx: AuthedContext,
  input: FileSuggestionInput,
): Promise<{ organizationId: string | null; onBehalfOfUserId: string | null }> {
  if (input.onBehalfOf) {
    if (!isAgent(ctx)) throw new AppError("SUGGESTION_ON_BEHALF_AGENTS_ONLY", { field: "onBehalfOf.email" });
    const [customer] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${input.onBehalfOf.email}`, isNull(users.disabledAt)));
    if (!customer) throw new AppError("SUGGESTION_CUSTOMER_NOT_FOUND", { field: "onBehalfOf.email" });
    const organizations = await ctx.db
      .select({ organizationId: memberships.organizationId })
      .from(memberships)
      .where(eq(memberships.userId, customer.id))
      .orderBy(asc(memberships.createdAt));
    const wanted = input.onBehalfOf.organizationId;
    if (wanted !== undefined && !organizations.some((o) => o.organizationId === wanted))
      throw new AppError("SUGGESTION_CUSTOMER_ORGANIZATION", { field: "onBehalfOf.organizationId" });
    return { organizationId: wanted ?? organizations[0]?.organizationId ?? null, onBehalfOfUserId: customer.id };
  }
  const wanted = input.organizationId;
  if (wanted !== undefined && !ctx.auth.memberships.some((m) => m.organizationId === wanted))
    throw new AppError("TENANT_FORBIDDEN", { field: "organizationId" });
  return { organizationId: wanted ?? ctx.auth.memberships[0]?.organizationId ?? null, onBehalfOfUserId: null };
}

/**
 * Files a development suggestion for the current month's review. Free texts are stored with any
 * identity code masked, since every signed-in person reads them. The checklist's gaps come back to
 * show; they do not stop the filing (the required fields do).
 */
export async function fileSuggestion(ctx: AuthedContext, input: FileSuggestionInput) {
  const files = attachmentOf(input.attachment);
  const author = await authorOf(ctx, input);
  const now = ctx.clock();
  const texts = {
    title: maskIdentityCodes(input.title),
    description: maskIdentityCodes(input.description),
    benefit: maskIdentityCodes(input.benefit),
    currentDifficulty: maskIdentityCodes(input.currentDifficulty),
  };
  const created = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(supportSuggestions)
      .values({
        ...texts,
        organizationId: author.organizationId,
        submittedBy: ctx.auth.user.id,
        onBehalfOfUserId: author.onBehalfOfUserId,
        category: input.category,
        reviewMonth: suggestionReviewMonth(now),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: supportSuggestions.id, number: supportSuggestions.number });
    if (!row) throw new Error("suggestion insert returned nothing");
    await storeAttachments(tx, { suggestionId: row.id, uploadedBy: ctx.auth.user.id, now }, files);
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: author.organizationId,
      action: "support.suggestion.filed",
      entityType: "support_suggestion",
      entityId: row.id,
      after: {
        number: row.number,
        title: texts.title,
        status: "new",
        onBehalfOfUserId: author.onBehalfOfUserId,
        attachments: files.length,
      },
      requestId: ctx.requestId,
    });
    return row;
  });
  const checklist = evaluateSuggestionChecklist({ ...texts, attachmentCount: files.length });
  return { id: created.id, number: created.number, missing: checklist.missing };
}

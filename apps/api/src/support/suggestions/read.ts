import { auditLog, organizations, supportAttachments, supportSuggestionVotes, supportSuggestions, users } from "@reskontra/db";
import {
  allowedSuggestionMoves,
  decideVote,
  suggestionReviewMonth,
  suggestionStage,
  type SuggestionStatus,
} from "@reskontra/domain";
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";
import { isOperatorStaff, requireProductTeam, seesRequesterOf, suggestionActor } from "./access";
import { authorsOf } from "./votes";

const submitter = alias(users, "submitter");
const customer = alias(users, "customer");
const target = alias(supportSuggestions, "target");

/**
 * Suggestions as the caller may see them: everyone sees what is suggested, its status, reason and
 * votes; who suggested it (and the attachment) only its authors, the operator's staff and a company
 * admin of its organization.
 */
async function loadSuggestions(ctx: AuthedContext, where: SQL | undefined, order: SQL[], limit: number) {
  const me = ctx.auth.user.id;
  const rows = await ctx.db
    .select({
      s: supportSuggestions,
      submitterName: submitter.name,
      customerName: customer.name,
      organizationName: organizations.name,
      mergedIntoNumber: target.number,
      votedByMe: sql<boolean>`exists (select 1 from ${supportSuggestionVotes} where ${supportSuggestionVotes.suggestionId} = ${supportSuggestions.id} and ${supportSuggestionVotes.userId} = ${me})`,
    })
    .from(supportSuggestions)
    .innerJoin(submitter, eq(submitter.id, supportSuggestions.submittedBy))
    .leftJoin(customer, eq(customer.id, supportSuggestions.onBehalfOfUserId))
    .leftJoin(organizations, eq(organizations.id, supportSuggestions.organizationId))
    .leftJoin(target, eq(target.id, supportSuggestions.mergedIntoSuggestionId))
    .where(where)
    .orderBy(...order)
    .limit(limit);
  const visible = rows.filter((r) => seesRequesterOf(ctx, r.s.organizationId, authorsOf(r.s))).map((r) => r.s.id);
  const files =
    visible.length === 0
      ? []
      : await ctx.db
          .select({
            id: supportAttachments.id,
            suggestionId: supportAttachments.suggestionId,
            fileName: supportAttachments.fileName,
            contentType: supportAttachments.contentType,
            sizeBytes: supportAttachments.sizeBytes,
          })
          .from(supportAttachments)
          .where(inArray(supportAttachments.suggestionId, visible))
          .orderBy(asc(supportAttachments.createdAt));
  const actor = suggestionActor(ctx);
  return rows.map(({ s, ...r }) => {
    const authors = authorsOf(s);
    const state = { status: s.status, mergedInto: s.mergedIntoSuggestionId };
    const identity = visible.includes(s.id);
    return {
      id: s.id,
      number: s.number,
      title: s.title,
      description: s.description,
      benefit: s.benefit,
      currentDifficulty: s.currentDifficulty,
      category: s.category,
      status: s.status,
      stage: suggestionStage(state),
      mergedInto:
        s.mergedIntoSuggestionId && r.mergedIntoNumber ? { id: s.mergedIntoSuggestionId, number: r.mergedIntoNumber } : null,
      reviewMonth: s.reviewMonth,
      voteCount: s.voteCount,
      votedByMe: r.votedByMe,
      mine: authors.includes(ctx.auth.user.id),
      canVote: decideVote({ ...state, authorUserIds: authors }, ctx.auth.user.id).ok,
      decisionNote: s.decisionNote,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      requester: identity
        ? {
            name: r.customerName ?? r.submitterName,
            organizationName: r.organizationName,
            filedByAgentName: s.onBehalfOfUserId ? r.submitterName : null,
          }
        : null,
      attachments: files.filter((f) => f.suggestionId === s.id).map(({ suggestionId: _s, ...f }) => f),
      allowedMoves: allowedSuggestionMoves(state, actor),
    };
  });
}

export type SuggestionView = Awaited<ReturnType<typeof loadSuggestions>>[number];

export async function listSuggestions(
  ctx: AuthedContext,
  input: { status?: SuggestionStatus | "merged" | undefined; sort: "votes" | "newest"; mine: boolean; limit: number },
) {
  const me = ctx.auth.user.id;
  const stage =
    input.status === undefined
      ? undefined
      : input.status === "merged"
        ? isNotNull(supportSuggestions.mergedIntoSuggestionId)
        : and(eq(supportSuggestions.status, input.status), isNull(supportSuggestions.mergedIntoSuggestionId));
  const mine = input.mine ? or(eq(supportSuggestions.submittedBy, me), eq(supportSuggestions.onBehalfOfUserId, me)) : undefined;
  const order =
    input.sort === "votes"
      ? [desc(supportSuggestions.voteCount), desc(supportSuggestions.createdAt), desc(supportSuggestions.number)]
      : [desc(supportSuggestions.createdAt), desc(supportSuggestions.number)];
  return loadSuggestions(ctx, and(stage, mine), order, input.limit);
}

export async function getSuggestion(ctx: AuthedContext, suggestionId: string) {
  const [row] = await loadSuggestions(ctx, eq(supportSuggestions.id, suggestionId), [], 1);
  if (!row) throw new AppError("SUGGESTION_NOT_FOUND", { field: "suggestionId" });
  return row;
}

/** The product team's monthly board: every suggestion of the month's review, most voted first. */
export async function suggestionBoard(ctx: AuthedContext, month: string) {
  requireProductTeam(ctx);
  const items = await loadSuggestions(
    ctx,
    eq(supportSuggestions.reviewMonth, month),
    [desc(supportSuggestions.voteCount), asc(supportSuggestions.number)],
    1000,
  );
  return { month, items };
}

/** The months that have suggestions, with how many still wait for a decision, and this month. */
export async function suggestionMonths(ctx: AuthedContext) {
  requireProductTeam(ctx);
  const rows = await ctx.db
    .select({
      month: supportSuggestions.reviewMonth,
      total: sql<number>`count(*)::int`,
      open: sql<number>`(count(*) filter (where ${supportSuggestions.status} in ('new', 'under_review') and ${supportSuggestions.mergedIntoSuggestionId} is null))::int`,
    })
    .from(supportSuggestions)
    .groupBy(supportSuggestions.reviewMonth)
    .orderBy(desc(supportSuggestions.reviewMonth));
  return { current: suggestionReviewMonth(ctx.clock()), months: rows };
}

const HISTORY_FOR_EVERYONE = [
  "support.suggestion.filed",
  "support.suggestion.status_changed",
  "support.suggestion.merged",
  "support.suggestion.duplicate_received",
];

function field(json: unknown, key: string): unknown {
  return json !== null && typeof json === "object" ? (json as Record<string, unknown>)[key] : undefined;
}
const str = (v: unknown) => (typeof v === "string" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : null);

/**
 * The suggestion's history from the audit log. Everyone sees its filing and the decisions with their
 * reasons; the operator's staff also see the votes and who did what.
 */
export async function suggestionHistory(ctx: AuthedContext, suggestionId: string) {
  await getSuggestion(ctx, suggestionId);
  const staff = isOperatorStaff(ctx);
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      and(
        eq(auditLog.entityType, "support_suggestion"),
        eq(auditLog.entityId, suggestionId),
        staff ? undefined : inArray(auditLog.action, HISTORY_FOR_EVERYONE),
      ),
    )
    .orderBy(asc(auditLog.id));
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action.replace("support.suggestion.", ""),
    actorName: staff ? r.actorName : null,
    fromStatus: str(field(r.before, "status")),
    toStatus: str(field(r.after, "status")),
    reason: str(field(r.after, "reason")),
    reviewMonth: str(field(r.after, "reviewMonth")),
    voteCount: num(field(r.after, "voteCount")),
    mergedIntoNumber: num(field(r.after, "mergedInto")),
    duplicateNumber: num(field(r.after, "duplicate")),
  }));
}

/** A suggestion's attachment, for those who may see who filed it; to anyone else it does not exist. */
export async function suggestionAttachment(ctx: AuthedContext, attachmentId: string) {
  const [row] = await ctx.db
    .select({
      fileName: supportAttachments.fileName,
      contentType: supportAttachments.contentType,
      content: supportAttachments.content,
      s: supportSuggestions,
    })
    .from(supportAttachments)
    .innerJoin(supportSuggestions, eq(supportSuggestions.id, supportAttachments.suggestionId))
    .where(eq(supportAttachments.id, attachmentId));
  if (!row || !seesRequesterOf(ctx, row.s.organizationId, authorsOf(row.s)))
    throw new AppError("NOT_FOUND", { field: "attachmentId" });
  return {
    fileName: row.fileName,
    contentType: row.contentType,
    contentBase64: Buffer.from(row.content).toString("base64"),
  };
}

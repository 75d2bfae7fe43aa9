import type { savedReplyInput, updateSavedReplyInput } from "@reskontra/contracts/support";
import { supportLines, supportSavedReplies, writeAudit, type DbOrTx } from "@reskontra/db";
import { asc, eq, isNull, or } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { Context } from "../../trpc/context";

type AgentContext = Context & { agentUserId: string };

const columns = {
  id: supportSavedReplies.id,
  title: supportSavedReplies.title,
  body: supportSavedReplies.body,
  lineId: supportSavedReplies.lineId,
  createdAt: supportSavedReplies.createdAt,
};

/** The saved replies for every line, and those of `lineId` when given. */
export function listSavedReplies(db: DbOrTx, lineId: string | undefined) {
  return db
    .select(columns)
    .from(supportSavedReplies)
    .where(lineId ? or(isNull(supportSavedReplies.lineId), eq(supportSavedReplies.lineId, lineId)) : undefined)
    .orderBy(asc(supportSavedReplies.title), asc(supportSavedReplies.id));
}

async function checkLine(tx: DbOrTx, lineId: string | null): Promise<void> {
  if (lineId === null) return;
  const [line] = await tx.select({ id: supportLines.id }).from(supportLines).where(eq(supportLines.id, lineId));
  if (!line) throw new AppError("WORKSPACE_LINE_NOT_FOUND", { field: "lineId" });
}

function audit(ctx: AgentContext, tx: DbOrTx, action: string, id: string, before: unknown, after: unknown) {
  return writeAudit(tx, {
    at: ctx.clock(),
    actorUserId: ctx.agentUserId,
    organizationId: null,
    action: `support.saved_reply.${action}`,
    entityType: "support_saved_reply",
    entityId: id,
    before,
    after,
    requestId: ctx.requestId,
  });
}

export async function createSavedReply(ctx: AgentContext, input: z.output<typeof savedReplyInput>) {
  return ctx.db.transaction(async (tx) => {
    await checkLine(tx, input.lineId);
    const [row] = await tx
      .insert(supportSavedReplies)
      .values({ ...input, createdBy: ctx.agentUserId, createdAt: ctx.clock() })
      .returning(columns);
    if (!row) throw new Error("saved reply insert returned nothing");
    await audit(ctx, tx, "created", row.id, null, input);
    return row;
  });
}

async function loadSavedReply(tx: DbOrTx, id: string) {
  const [row] = await tx.select(columns).from(supportSavedReplies).where(eq(supportSavedReplies.id, id)).for("update");
  if (!row) throw new AppError("WORKSPACE_SAVED_REPLY_NOT_FOUND", { field: "savedReplyId" });
  return row;
}

export async function updateSavedReply(ctx: AgentContext, input: z.output<typeof updateSavedReplyInput>) {
  const { savedReplyId, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const before = await loadSavedReply(tx, savedReplyId);
    await checkLine(tx, fields.lineId);
    const [row] = await tx
      .update(supportSavedReplies)
      .set(fields)
      .where(eq(supportSavedReplies.id, savedReplyId))
      .returning(columns);
    if (!row) throw new Error("saved reply update returned nothing");
    await audit(ctx, tx, "updated", row.id, { title: before.title, body: before.body, lineId: before.lineId }, fields);
    return row;
  });
}

export async function deleteSavedReply(ctx: AgentContext, savedReplyId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await loadSavedReply(tx, savedReplyId);
    await tx.delete(supportSavedReplies).where(eq(supportSavedReplies.id, savedReplyId));
    await audit(ctx, tx, "deleted", savedReplyId, { title: before.title, body: before.body, lineId: before.lineId }, null);
  });
}

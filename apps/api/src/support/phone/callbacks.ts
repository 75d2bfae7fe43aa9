import type {
  completeCallbackInput,
  createCallbackInput,
  dueCallbacksInput,
  reassignCallbackInput,
} from "@reskontra/contracts/support";
import {
  type DbOrTx,
  memberships,
  organizations,
  supportCallbacks,
  supportLines,
  supportTickets,
  users,
  writeAudit,
} from "@reskontra/db";
import { checkCallbackTime, maskIdentityCodes } from "@reskontra/domain";
import { recordTicketChange } from "@reskontra/usecases/support";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { AppError, type AppErrorCode } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";
import { activeLine, hoursOf, phoneNumberOf } from "./caller";

type Callback = typeof supportCallbacks.$inferSelect;

/** A callback's change goes into its ticket's history when it has one, else into the audit log alone. */
async function recordCallbackChange(
  tx: DbOrTx,
  ctx: AuthedContext,
  callback: Pick<Callback, "id" | "ticketId">,
  change: { action: string; before?: unknown; after: Record<string, unknown>; at: Date },
): Promise<void> {
  if (callback.ticketId) {
    const [ticket] = await tx
      .select({ organizationId: supportTickets.organizationId })
      .from(supportTickets)
      .where(eq(supportTickets.id, callback.ticketId));
    await recordTicketChange(tx, {
      ticketId: callback.ticketId,
      organizationId: ticket?.organizationId ?? null,
      actorUserId: ctx.auth.user.id,
      action: `support.ticket.${change.action}`,
      before: change.before,
      after: { callbackId: callback.id, ...change.after },
      at: change.at,
      requestId: ctx.requestId,
    });
    return;
  }
  await writeAudit(tx, {
    at: change.at,
    actorUserId: ctx.auth.user.id,
    organizationId: null,
    action: `support.${change.action}`,
    entityType: "support_callback",
    entityId: callback.id,
    before: change.before,
    after: change.after,
    requestId: ctx.requestId,
  });
}

/** The user is a support agent of the operator: only they take callbacks. */
async function requireAgent(tx: DbOrTx, userId: string): Promise<void> {
  const [agent] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "agent"), eq(organizations.kind, "operator")))
    .limit(1);
  if (!agent) throw new AppError("CALLBACK_ASSIGNEE_NOT_AGENT", { field: "assigneeUserId" });
}

/**
 * Promises a call back at a time inside the line's opening hours (not past, not months ahead); the
 * refusal names `promisedAt` and the hours. Assigned to the promising agent unless another is named.
 */
export async function createCallback(ctx: AuthedContext, input: z.output<typeof createCallbackInput>) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const line = await activeLine(tx, input.lineId);
    const phoneNumber = phoneNumberOf(input.phoneNumber, "phoneNumber");
    const verdict = checkCallbackTime(hoursOf(line), input.promisedAt, now);
    if (!verdict.ok) {
      throw new AppError(verdict.code as AppErrorCode, {
        ...(verdict.field ? { field: verdict.field } : {}),
        ...(verdict.params ? { params: verdict.params } : {}),
      });
    }
    if (input.ticketId) {
      const [ticket] = await tx
        .select({ id: supportTickets.id })
        .from(supportTickets)
        .where(eq(supportTickets.id, input.ticketId));
      if (!ticket) throw new AppError("PHONE_TICKET_NOT_FOUND", { field: "ticketId" });
    }
    const assigneeUserId = input.assigneeUserId ?? ctx.auth.user.id;
    await requireAgent(tx, assigneeUserId);
    const [callback] = await tx
      .insert(supportCallbacks)
      .values({
        lineId: line.id,
        ticketId: input.ticketId,
        phoneNumber,
        contactName: input.contactName ? maskIdentityCodes(input.contactName) : null,
        promisedAt: input.promisedAt,
        assigneeUserId,
        createdBy: ctx.auth.user.id,
        note: maskIdentityCodes(input.note),
        createdAt: now,
      })
      .returning();
    if (!callback) throw new Error("callback insert returned nothing");
    await recordCallbackChange(tx, ctx, callback, {
      action: "callback_promised",
      after: { lineId: line.id, promisedAt: input.promisedAt.toISOString(), assigneeUserId },
      at: now,
    });
    return { id: callback.id };
  });
}

const assignee = users;

/** Callbacks still to make (or just the caller's own), the earliest promise first; late ones flagged. */
export async function dueCallbacks(ctx: AuthedContext, input: z.output<typeof dueCallbacksInput>) {
  const now = ctx.clock();
  const where: SQL[] = [eq(supportCallbacks.status, "due")];
  if (input.mine) where.push(eq(supportCallbacks.assigneeUserId, ctx.auth.user.id));
  return callbackRows(ctx.db, and(...where), now);
}

/** Callbacks promised on a ticket, any status. */
export async function ticketCallbacks(ctx: AuthedContext, ticketId: string) {
  return callbackRows(ctx.db, eq(supportCallbacks.ticketId, ticketId), ctx.clock());
}

async function callbackRows(db: DbOrTx, where: SQL | undefined, now: Date) {
  const rows = await db
    .select({
      id: supportCallbacks.id,
      lineId: supportCallbacks.lineId,
      lineNameFi: supportLines.nameFi,
      lineNameEn: supportLines.nameEn,
      ticketId: supportCallbacks.ticketId,
      ticketNumber: supportTickets.number,
      phoneNumber: supportCallbacks.phoneNumber,
      contactName: supportCallbacks.contactName,
      promisedAt: supportCallbacks.promisedAt,
      status: supportCallbacks.status,
      assigneeUserId: supportCallbacks.assigneeUserId,
      assigneeName: assignee.name,
      note: supportCallbacks.note,
      doneAt: supportCallbacks.doneAt,
    })
    .from(supportCallbacks)
    .innerJoin(supportLines, eq(supportLines.id, supportCallbacks.lineId))
    .leftJoin(supportTickets, eq(supportTickets.id, supportCallbacks.ticketId))
    .leftJoin(assignee, eq(assignee.id, supportCallbacks.assigneeUserId))
    .where(where)
    .orderBy(asc(supportCallbacks.promisedAt))
    .limit(500);
  return rows.map((r) => ({ ...r, late: r.status === "due" && r.promisedAt.getTime() < now.getTime() }));
}

async function dueCallbackForUpdate(tx: DbOrTx, callbackId: string): Promise<Callback> {
  const [callback] = await tx.select().from(supportCallbacks).where(eq(supportCallbacks.id, callbackId)).for("update");
  if (!callback) throw new AppError("CALLBACK_NOT_FOUND", { field: "callbackId" });
  if (callback.status !== "due") throw new AppError("CALLBACK_NOT_DUE");
  return callback;
}

/**
 * Done: the customer was reached. Failed: not reached and given up; it is closed as cancelled with
 * the reason in its note (the enum keeps done/cancelled; a new promise is a new callback).
 */
export async function completeCallback(ctx: AuthedContext, input: z.output<typeof completeCallbackInput>) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const callback = await dueCallbackForUpdate(tx, input.callbackId);
    const status = input.outcome === "done" ? "done" : "cancelled";
    const note = [callback.note, maskIdentityCodes(input.note)].filter((s) => s !== "").join("\n");
    await tx.update(supportCallbacks).set({ status, doneAt: now, note }).where(eq(supportCallbacks.id, callback.id));
    await recordCallbackChange(tx, ctx, callback, {
      action: input.outcome === "done" ? "callback_done" : "callback_failed",
      before: { status: callback.status },
      after: { status, outcome: input.outcome, late: callback.promisedAt.getTime() < now.getTime() },
      at: now,
    });
  });
  return { ok: true as const };
}

export async function reassignCallback(ctx: AuthedContext, input: z.output<typeof reassignCallbackInput>) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const callback = await dueCallbackForUpdate(tx, input.callbackId);
    await requireAgent(tx, input.assigneeUserId);
    await tx.update(supportCallbacks).set({ assigneeUserId: input.assigneeUserId }).where(eq(supportCallbacks.id, callback.id));
    await recordCallbackChange(tx, ctx, callback, {
      action: "callback_reassigned",
      before: { assigneeUserId: callback.assigneeUserId },
      after: { assigneeUserId: input.assigneeUserId },
      at: now,
    });
  });
  return { ok: true as const };
}

/** The operator's support agents, for assigning a callback. */
export async function callbackAssignees(ctx: AuthedContext) {
  return ctx.db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.role, "agent"), eq(organizations.kind, "operator")))
    .orderBy(asc(users.name));
}

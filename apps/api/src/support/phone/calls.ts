import type { callsInput, logCallInput } from "@reskontra/contracts/support";
import { organizations, supportCalls, supportLines, supportTickets, users } from "@reskontra/db";
import { addDays, helsinkiToday, helsinkiWallClockToEpoch, maskIdentityCodes } from "@reskontra/domain";
import { createTicket, recordTicketChange } from "@reskontra/usecases/support";
import { alias } from "drizzle-orm/pg-core";
import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";
import { activeLine, phoneNumberOf, recogniseCaller } from "./caller";

/**
 * An agent logs a call on a ticket: an existing one, or a new phone ticket filed for the caller
 * (recognised by number when the desk knows it). The call ended now and lasted `durationSeconds`;
 * its summary is stored with identity codes masked. One transaction, one history and audit row.
 */
export async function logCall(ctx: AuthedContext, input: z.output<typeof logCallInput>) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const line = await activeLine(tx, input.lineId);
    const callerNumber = phoneNumberOf(input.callerNumber, "callerNumber");
    const summary = maskIdentityCodes(input.summary);
    const caller = await recogniseCaller(tx, callerNumber);
    let ticket: { id: string; number: number; organizationId: string | null };
    if (input.ticketId) {
      const [found] = await tx
        .select({ id: supportTickets.id, number: supportTickets.number, organizationId: supportTickets.organizationId })
        .from(supportTickets)
        .where(eq(supportTickets.id, input.ticketId));
      if (!found) throw new AppError("PHONE_TICKET_NOT_FOUND", { field: "ticketId" });
      ticket = found;
    } else {
      if (!input.subject) throw new AppError("CALL_SUBJECT_REQUIRED", { field: "subject" });
      const created = await createTicket(tx, {
        organizationId: caller.organizationId,
        requesterUserId: caller.userId,
        requesterEmail: caller.userEmail,
        requesterName: caller.userName,
        channel: "phone",
        subject: input.subject,
        description: summary,
        category: input.category,
        lineId: line.id,
        actorUserId: ctx.auth.user.id,
        now,
        requestId: ctx.requestId,
      });
      ticket = { id: created.id, number: created.number, organizationId: caller.organizationId };
    }
    const startedAt = new Date(now.getTime() - input.durationSeconds * 1000);
    const [call] = await tx
      .insert(supportCalls)
      .values({
        lineId: line.id,
        ticketId: ticket.id,
        direction: input.direction,
        callerNumber: input.direction === "inbound" ? callerNumber : line.phoneNumber,
        calledNumber: input.direction === "inbound" ? line.phoneNumber : callerNumber,
        callerUserId: caller.userId,
        callerOrganizationId: caller.organizationId,
        agentUserId: ctx.auth.user.id,
        startedAt,
        answeredAt: startedAt,
        endedAt: now,
        durationSeconds: input.durationSeconds,
        summary,
        createdAt: now,
      })
      .returning({ id: supportCalls.id });
    if (!call) throw new Error("call insert returned nothing");
    await recordTicketChange(tx, {
      ticketId: ticket.id,
      organizationId: ticket.organizationId,
      actorUserId: ctx.auth.user.id,
      action: "support.ticket.call_logged",
      after: { callId: call.id, lineId: line.id, direction: input.direction, durationSeconds: input.durationSeconds },
      at: now,
      requestId: ctx.requestId,
    });
    return { callId: call.id, ticketId: ticket.id, ticketNumber: ticket.number };
  });
}

const callerUser = alias(users, "caller_user");
const agentUser = alias(users, "agent_user");

/** Calls on a ticket, or those that started on a Helsinki day (today by default), newest first. */
export async function listCalls(ctx: AuthedContext, input: z.output<typeof callsInput>) {
  let where: SQL | undefined;
  if (input.ticketId) where = eq(supportCalls.ticketId, input.ticketId);
  else {
    const day = input.date ?? helsinkiToday(ctx.clock());
    where = and(
      gte(supportCalls.startedAt, new Date(helsinkiWallClockToEpoch(day, 0))),
      lt(supportCalls.startedAt, new Date(helsinkiWallClockToEpoch(addDays(day, 1), 0))),
    );
  }
  const rows = await ctx.db
    .select({
      id: supportCalls.id,
      lineId: supportCalls.lineId,
      lineNameFi: supportLines.nameFi,
      lineNameEn: supportLines.nameEn,
      ticketId: supportCalls.ticketId,
      ticketNumber: supportTickets.number,
      direction: supportCalls.direction,
      callerNumber: supportCalls.callerNumber,
      calledNumber: supportCalls.calledNumber,
      callerName: callerUser.name,
      callerOrganizationName: organizations.name,
      agentName: agentUser.name,
      externalCallId: supportCalls.externalCallId,
      startedAt: supportCalls.startedAt,
      answeredAt: supportCalls.answeredAt,
      endedAt: supportCalls.endedAt,
      durationSeconds: supportCalls.durationSeconds,
      summary: supportCalls.summary,
    })
    .from(supportCalls)
    .innerJoin(supportLines, eq(supportLines.id, supportCalls.lineId))
    .leftJoin(supportTickets, eq(supportTickets.id, supportCalls.ticketId))
    .leftJoin(callerUser, eq(callerUser.id, supportCalls.callerUserId))
    .leftJoin(agentUser, eq(agentUser.id, supportCalls.agentUserId))
    .leftJoin(organizations, eq(organizations.id, supportCalls.callerOrganizationId))
    .where(where)
    .orderBy(desc(supportCalls.startedAt))
    .limit(200);
  return rows.map(({ externalCallId, ...r }) => ({ ...r, viaPbx: externalCallId !== null }));
}

import { supportAttachments, supportThirdParties, supportTickets } from "@reskontra/db";
import { sendMail } from "@reskontra/jobs";
import { addTicketMessage, recordTicketChange } from "@reskontra/usecases/support";
import { asc, eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { AgentContext } from "./directory";
import { ticketForCaller } from "./triage";

/**
 * An agent forwards a ticket to the third party it belongs to: a 'forward' message whose mail goes
 * to the party's address with the ticket's attachments, threaded onto the ticket's earlier mail;
 * the ticket waits for the third party (its SLA clock pauses). History and audit in the same
 * transaction; the mail is enqueued after commit (the outbox sweep catches a failed enqueue).
 */
export async function forwardToThirdParty(
  ctx: AgentContext,
  input: { ticketId: string; thirdPartyId: string; note: string },
): Promise<{ messageId: string; mailId: string; toAddress: string; attachmentCount: number }> {
  const now = ctx.clock();
  const result = await ctx.db.transaction(async (tx) => {
    const ticket = await ticketForCaller(ctx, tx, input.ticketId);
    if (ticket.status === "closed") throw new AppError("THIRD_PARTY_TICKET_CLOSED", { field: "ticketId" });
    const [party] = await tx.select().from(supportThirdParties).where(eq(supportThirdParties.id, input.thirdPartyId));
    if (!party) throw new AppError("THIRD_PARTY_NOT_FOUND", { field: "thirdPartyId" });
    if (!party.active) throw new AppError("THIRD_PARTY_INACTIVE", { field: "thirdPartyId" });
    if (!party.email) throw new AppError("THIRD_PARTY_NO_EMAIL", { field: "thirdPartyId" });
    const files = await tx
      .select({ id: supportAttachments.id })
      .from(supportAttachments)
      .where(eq(supportAttachments.ticketId, ticket.id))
      .orderBy(asc(supportAttachments.createdAt));
    const added = await addTicketMessage(tx, {
      ticketId: ticket.id,
      kind: "forward",
      authorUserId: ctx.auth.user.id,
      authorEmail: null,
      body: input.note,
      forwardTo: party.email,
      forwardAttachmentIds: files.map((f) => f.id),
      now,
      requestId: ctx.requestId,
    });
    const mailId = added.mailIds[0];
    if (!mailId) throw new Error("a forward queued no mail");
    await tx
      .update(supportTickets)
      .set({ status: "waiting_third_party", thirdPartyId: party.id })
      .where(eq(supportTickets.id, ticket.id));
    await recordTicketChange(tx, {
      ticketId: ticket.id,
      organizationId: ticket.organizationId,
      actorUserId: ctx.auth.user.id,
      action: "support.ticket.forwarded",
      status: "waiting_third_party",
      before: { status: ticket.status, thirdPartyId: ticket.thirdPartyId },
      after: {
        status: "waiting_third_party",
        thirdPartyId: party.id,
        thirdPartyName: party.name,
        mailTo: party.email,
        mailId,
        messageId: added.messageId,
        attachmentCount: files.length,
      },
      at: now,
      requestId: ctx.requestId,
    });
    return { messageId: added.messageId, mailId, toAddress: party.email, attachmentCount: files.length };
  });
  await ctx.jobs
    .send(sendMail, { mailId: result.mailId }, { singletonKey: result.mailId })
    .catch((error: unknown) => ctx.logger.warn({ err: error, mailId: result.mailId }, "forward mail left for the outbox sweep"));
  return result;
}

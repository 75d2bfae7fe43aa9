import {
  assignTicketInput,
  mergeTicketInput,
  replyInput,
  savedReplyIdInput,
  savedReplyInput,
  ticketIdInput,
  ticketMessageInput,
  updateSavedReplyInput,
  updateTicketInput,
  workspaceListInput,
} from "@reskontra/contracts/support";
import { z } from "zod";
import { router } from "../../trpc/init";
import { idOutput, okOutput } from "../../trpc/outputs";
import { agentDeskProcedure } from "./agent-procedure";
import { listDeskAgents, listRequesterOrganizations } from "./desk-directory";
import { listLines, listQueue } from "./list-tickets";
import { mergeTickets } from "./merge-tickets";
import { agentOutput, lineOutput, queuePage, replyOutput, savedReplyOutput, ticketView } from "./outputs";
import { createSavedReply, deleteSavedReply, listSavedReplies, updateSavedReply } from "./saved-replies";
import { addNote, assignTicket, replyToTicket, updateTicket } from "./ticket-changes";
import { agentTicketView } from "./ticket-view";

const ok = { ok: true } as const;

/** The agents' workspace (DESIGN.md §4): queues, search, the agent's ticket view and every action on it. */
export const workspaceRouter = router({
  lines: agentDeskProcedure.output(z.array(lineOutput)).query(({ ctx }) => listLines(ctx.db, ctx.agentUserId)),
  agents: agentDeskProcedure.output(z.array(agentOutput)).query(({ ctx }) => listDeskAgents(ctx.db)),
  organizations: agentDeskProcedure
    .output(z.array(z.object({ id: z.string(), name: z.string() })))
    .query(({ ctx }) => listRequesterOrganizations(ctx.db)),
  list: agentDeskProcedure
    .input(workspaceListInput)
    .output(queuePage)
    .query(({ ctx, input }) => listQueue(ctx, ctx.agentUserId, input)),
  ticket: agentDeskProcedure
    .input(ticketIdInput)
    .output(ticketView)
    .query(({ ctx, input }) => agentTicketView(ctx, input.ticketId)),

  assign: agentDeskProcedure
    .input(assignTicketInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await assignTicket(ctx, input);
      return ok;
    }),
  take: agentDeskProcedure
    .input(ticketIdInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await assignTicket(ctx, { ticketId: input.ticketId, assigneeUserId: ctx.agentUserId });
      return ok;
    }),
  update: agentDeskProcedure
    .input(updateTicketInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await updateTicket(ctx, input);
      return ok;
    }),
  addNote: agentDeskProcedure
    .input(ticketMessageInput)
    .output(z.object({ messageId: z.string() }))
    .mutation(({ ctx, input }) => addNote(ctx, input)),
  reply: agentDeskProcedure
    .input(replyInput)
    .output(replyOutput)
    .mutation(({ ctx, input }) => replyToTicket(ctx, input)),
  merge: agentDeskProcedure
    .input(mergeTicketInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => mergeTickets(ctx, input)),

  savedReplies: agentDeskProcedure
    .input(z.object({ lineId: z.uuid().optional() }))
    .output(z.array(savedReplyOutput))
    .query(({ ctx, input }) => listSavedReplies(ctx.db, input.lineId)),
  createSavedReply: agentDeskProcedure
    .input(savedReplyInput)
    .output(savedReplyOutput)
    .mutation(({ ctx, input }) => createSavedReply(ctx, input)),
  updateSavedReply: agentDeskProcedure
    .input(updateSavedReplyInput)
    .output(savedReplyOutput)
    .mutation(({ ctx, input }) => updateSavedReply(ctx, input)),
  deleteSavedReply: agentDeskProcedure
    .input(savedReplyIdInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await deleteSavedReply(ctx, input.savedReplyId);
      return ok;
    }),
});

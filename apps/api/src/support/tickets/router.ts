import {
  checkTicketTextInput,
  createTicketInput,
  listTicketsInput,
  replyTicketInput,
  ticketIdInput,
} from "@reskontra/contracts/support";
import { ROLES } from "@reskontra/db";
import { z } from "zod";
import { router } from "../../trpc/init";
import { idOutput } from "../../trpc/outputs";
import { authedProcedure, tenantProcedure } from "../../trpc/procedures";
import { fileTicket, replyToTicket, resolveOwnTicket } from "./file-ticket";
import { checkTextOutput, createdTicketOutput, ticketListItemOutput, ticketOutput } from "./outputs";
import { checkTicketText, getTicket, listTickets } from "./read-tickets";

/** The requester's side of the support desk: every signed-in person files and follows requests. */
export const ticketsRouter = router({
  /** The checklist and the recognised, linked numbers while the form is typed. */
  checkText: authedProcedure
    .input(checkTicketTextInput)
    .output(checkTextOutput)
    .query(({ ctx, input }) => checkTicketText(ctx, input)),
  /** Any member files for the organization they name (their requests land in its admin's list too). */
  create: tenantProcedure(...ROLES)
    .input(createTicketInput)
    .output(createdTicketOutput)
    .mutation(({ ctx, input }) => fileTicket(ctx, input)),
  list: authedProcedure
    .input(listTicketsInput)
    .output(z.array(ticketListItemOutput))
    .query(({ ctx, input }) => listTickets(ctx, input)),
  get: authedProcedure
    .input(ticketIdInput)
    .output(ticketOutput)
    .query(({ ctx, input }) => getTicket(ctx, input.ticketId)),
  reply: authedProcedure
    .input(replyTicketInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => replyToTicket(ctx, input)),
  resolve: authedProcedure
    .input(ticketIdInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => resolveOwnTicket(ctx, input.ticketId)),
});

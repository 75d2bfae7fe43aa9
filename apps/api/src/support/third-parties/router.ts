import {
  addThirdPartyTopicInput,
  createThirdPartyInput,
  forwardToThirdPartyInput,
  listThirdPartiesInput,
  thirdPartyIdInput,
  thirdPartyTopicIdInput,
  triageFindTicketInput,
  triageTicketInput,
  updateThirdPartyInput,
  updateThirdPartyTopicInput,
} from "@reskontra/contracts/support";
import { z } from "zod";
import { router } from "../../trpc/init";
import { idOutput } from "../../trpc/outputs";
import { authedProcedure, roleProcedure } from "../../trpc/procedures";
import {
  addTopic,
  createThirdParty,
  getThirdParty,
  loadDirectory,
  removeTopic,
  updateThirdParty,
  updateTopic,
} from "./directory";
import { forwardToThirdParty } from "./forward";
import { forwardOutput, suggestOutput, thirdPartyOutput } from "./outputs";
import { findTicketByNumber, suggestForTicket } from "./triage";

/** The directory is the agents' tool; a requester sees only the contact triage picks for their own ticket. */
const agentProcedure = roleProcedure("agent");

export const thirdPartiesRouter = router({
  list: agentProcedure
    .input(listThirdPartiesInput)
    .output(z.array(thirdPartyOutput))
    .query(({ ctx, input }) => loadDirectory(ctx.db, input)),
  get: agentProcedure
    .input(thirdPartyIdInput)
    .output(thirdPartyOutput)
    .query(({ ctx, input }) => getThirdParty(ctx.db, input.thirdPartyId)),
  create: agentProcedure
    .input(createThirdPartyInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => createThirdParty(ctx, input.party)),
  update: agentProcedure
    .input(updateThirdPartyInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => updateThirdParty(ctx, input.thirdPartyId, input.party)),
  deactivate: agentProcedure
    .input(thirdPartyIdInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => updateThirdParty(ctx, input.thirdPartyId, { active: false })),
  reactivate: agentProcedure
    .input(thirdPartyIdInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => updateThirdParty(ctx, input.thirdPartyId, { active: true })),

  addTopic: agentProcedure
    .input(addThirdPartyTopicInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => addTopic(ctx, input.thirdPartyId, input.topic)),
  updateTopic: agentProcedure
    .input(updateThirdPartyTopicInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => updateTopic(ctx, input.topicId, input.topic)),
  removeTopic: agentProcedure
    .input(thirdPartyTopicIdInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => removeTopic(ctx, input.topicId)),

  /** Agents: ranked suggestions with reasons. A requester on their own ticket: the direct contact of the top match. */
  suggestForTicket: authedProcedure
    .input(triageTicketInput)
    .output(suggestOutput)
    .query(({ ctx, input }) => suggestForTicket(ctx, input.ticketId)),
  findTicket: agentProcedure
    .input(triageFindTicketInput)
    .output(idOutput)
    .query(({ ctx, input }) => findTicketByNumber(ctx, input.number)),
  forward: agentProcedure
    .input(forwardToThirdPartyInput)
    .output(forwardOutput)
    .mutation(({ ctx, input }) => forwardToThirdParty(ctx, input)),
});

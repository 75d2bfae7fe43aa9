import {
  changeSuggestionStatusInput,
  fileSuggestionInput,
  listSuggestionsInput,
  mergeSuggestionInput,
  suggestionBoardInput,
  suggestionIdInput,
} from "@reskontra/contracts/support";
import { z } from "zod";
import { router } from "../../trpc/init";
import { authedProcedure, roleProcedure } from "../../trpc/procedures";
import { changeSuggestionStatus, mergeSuggestion } from "./decisions";
import { fileSuggestion } from "./file";
import {
  attachmentOutput,
  boardOutput,
  filedOutput,
  historyOutput,
  mergedOutput,
  monthsOutput,
  statusChangedOutput,
  suggestionOutput,
  voteOutput,
} from "./outputs";
import {
  getSuggestion,
  listSuggestions,
  suggestionAttachment,
  suggestionBoard,
  suggestionHistory,
  suggestionMonths,
} from "./read";
import { unvote, vote } from "./votes";

/** The product team (role `product`); the use cases check the operator organization too. */
const productProcedure = roleProcedure("product");

/**
 * Development suggestions: every signed-in person files, browses and votes; support agents may file
 * on a customer's behalf; the product team reviews them on a monthly board, decides and merges.
 */
export const suggestionsRouter = router({
  file: authedProcedure
    .input(fileSuggestionInput)
    .output(filedOutput)
    .mutation(({ ctx, input }) => fileSuggestion(ctx, input)),
  list: authedProcedure
    .input(listSuggestionsInput)
    .output(z.array(suggestionOutput))
    .query(({ ctx, input }) => listSuggestions(ctx, input)),
  get: authedProcedure
    .input(suggestionIdInput)
    .output(suggestionOutput)
    .query(({ ctx, input }) => getSuggestion(ctx, input.suggestionId)),
  history: authedProcedure
    .input(suggestionIdInput)
    .output(historyOutput)
    .query(({ ctx, input }) => suggestionHistory(ctx, input.suggestionId)),
  attachment: authedProcedure
    .input(z.object({ attachmentId: z.uuid() }))
    .output(attachmentOutput)
    .query(({ ctx, input }) => suggestionAttachment(ctx, input.attachmentId)),
  vote: authedProcedure
    .input(suggestionIdInput)
    .output(voteOutput)
    .mutation(({ ctx, input }) => vote(ctx, input.suggestionId)),
  unvote: authedProcedure
    .input(suggestionIdInput)
    .output(voteOutput)
    .mutation(({ ctx, input }) => unvote(ctx, input.suggestionId)),
  months: productProcedure.output(monthsOutput).query(({ ctx }) => suggestionMonths(ctx)),
  board: productProcedure
    .input(suggestionBoardInput)
    .output(boardOutput)
    .query(({ ctx, input }) => suggestionBoard(ctx, input.month)),
  /** Agents and requesters get SUGGESTION_DECISION_FORBIDDEN from the domain's decision. */
  changeStatus: authedProcedure
    .input(changeSuggestionStatusInput)
    .output(statusChangedOutput)
    .mutation(({ ctx, input }) => changeSuggestionStatus(ctx, input)),
  merge: authedProcedure
    .input(mergeSuggestionInput)
    .output(mergedOutput)
    .mutation(({ ctx, input }) => mergeSuggestion(ctx, input)),
});

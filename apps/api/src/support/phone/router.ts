import {
  callsInput,
  completeCallbackInput,
  createCallbackInput,
  dueCallbacksInput,
  logCallInput,
  reassignCallbackInput,
} from "@reskontra/contracts/support";
import { supportLines } from "@reskontra/db";
import { lineStatus } from "@reskontra/domain";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "../../errors";
import { isAgent } from "../../trpc/authed";
import { router } from "../../trpc/init";
import { idOutput, okOutput } from "../../trpc/outputs";
import { authedProcedure } from "../../trpc/procedures";
import { hoursOf } from "./caller";
import {
  callbackAssignees,
  completeCallback,
  createCallback,
  dueCallbacks,
  reassignCallback,
  ticketCallbacks,
} from "./callbacks";
import { listCalls, logCall } from "./calls";
import { assigneeOutput, callbackOutput, callOutput, lineOutput, loggedCallOutput } from "./outputs";

/** A support agent of the operator: they see every call and callback of the desk. */
const agentProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!isAgent(ctx)) throw new AppError("ROLE_FORBIDDEN");
  return next({ ctx });
});

/** Phone lines with their hours for everyone signed in; calls and callbacks for agents. */
export const phoneRouter = router({
  lines: authedProcedure.output(z.array(lineOutput)).query(async ({ ctx }) => {
    const now = ctx.clock();
    const rows = await ctx.db
      .select()
      .from(supportLines)
      .where(and(eq(supportLines.active, true), isNotNull(supportLines.phoneNumber)))
      .orderBy(asc(supportLines.openMinute), asc(supportLines.code));
    return rows.map((l) => ({
      id: l.id,
      code: l.code,
      nameFi: l.nameFi,
      nameEn: l.nameEn,
      phoneNumber: l.phoneNumber ?? "",
      openMinute: l.openMinute,
      closeMinute: l.closeMinute,
      ...lineStatus(hoursOf(l), now),
    }));
  }),

  logCall: agentProcedure
    .input(logCallInput)
    .output(loggedCallOutput)
    .mutation(({ ctx, input }) => logCall(ctx, input)),

  calls: agentProcedure
    .input(callsInput)
    .output(z.array(callOutput))
    .query(({ ctx, input }) => listCalls(ctx, input)),

  createCallback: agentProcedure
    .input(createCallbackInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => createCallback(ctx, input)),

  dueCallbacks: agentProcedure
    .input(dueCallbacksInput)
    .output(z.array(callbackOutput))
    .query(({ ctx, input }) => dueCallbacks(ctx, input)),

  ticketCallbacks: agentProcedure
    .input(z.object({ ticketId: z.uuid() }))
    .output(z.array(callbackOutput))
    .query(({ ctx, input }) => ticketCallbacks(ctx, input.ticketId)),

  completeCallback: agentProcedure
    .input(completeCallbackInput)
    .output(okOutput)
    .mutation(({ ctx, input }) => completeCallback(ctx, input)),

  reassignCallback: agentProcedure
    .input(reassignCallbackInput)
    .output(okOutput)
    .mutation(({ ctx, input }) => reassignCallback(ctx, input)),

  assignees: agentProcedure.output(z.array(assigneeOutput)).query(({ ctx }) => callbackAssignees(ctx)),
});

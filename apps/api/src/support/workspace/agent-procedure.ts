import { AppError } from "../../errors";
import { authedProcedure } from "../../trpc/procedures";

/**
 * The operator's support desk: a support agent of the operator organization. An agent role in any
 * other organization, a requester or a company admin is refused before any input is read.
 */
export const agentDeskProcedure = authedProcedure.use(({ ctx, next }) => {
  const desk = ctx.auth.memberships.find((m) => m.role === "agent" && m.organizationKind === "operator");
  if (!desk) throw new AppError("ROLE_FORBIDDEN");
  return next({ ctx: { agentUserId: ctx.auth.user.id } });
});

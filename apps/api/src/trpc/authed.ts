import type { Auth, Context } from "./context";

/** The context of a signed-in caller, after authedProcedure narrowed it. */
export type AuthedContext = Context & { auth: Auth };

export function isAgent(ctx: AuthedContext): boolean {
  return ctx.auth.memberships.some((m) => m.role === "agent" && m.organizationKind === "operator");
}

import type { Role } from "@reskontra/db";
import { z } from "zod";
import { AppError } from "../errors";
import type { Auth, Membership } from "./context";
import { publicProcedure } from "./init";

export { publicProcedure };

/** Signed in by session cookie or API token; narrows `ctx.auth` to non-null. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.auth) throw new AppError(ctx.authProblem ?? "AUTH_REQUIRED");
  const auth: Auth = ctx.auth;
  // Only what changes: tRPC merges it into the context (a full copy per middleware costs every request).
  return next({ ctx: { auth } });
});

/** The caller holds one of `roles` in some organization; `ctx.roleMemberships` lists where. */
export function roleProcedure(...roles: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    const roleMemberships = ctx.auth.memberships.filter((m) => roles.includes(m.role));
    if (roleMemberships.length === 0) throw new AppError("ROLE_FORBIDDEN");
    return next({ ctx: { roleMemberships } });
  });
}

/**
 * The input names the organization; the caller must hold one of `roles` in exactly that
 * organization. `ctx.tenant` is the membership that allowed it.
 */
export function tenantProcedure(...roles: Role[]) {
  return authedProcedure.input(z.object({ organizationId: z.uuid() })).use(({ ctx, input, next }) => {
    const inOrganization = ctx.auth.memberships.filter((m) => m.organizationId === input.organizationId);
    if (inOrganization.length === 0) throw new AppError("TENANT_FORBIDDEN", { field: "organizationId" });
    const tenant: Membership | undefined = inOrganization.find((m) => roles.includes(m.role));
    if (!tenant) throw new AppError("ROLE_FORBIDDEN");
    return next({ ctx: { tenant } });
  });
}

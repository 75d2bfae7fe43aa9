import type { SuggestionActor } from "@reskontra/domain";
import { AppError } from "../../errors";
import type { AuthedContext } from "../../trpc/authed";
import { isAgent } from "../../trpc/authed";

/** The product team: the `product` role in the operator organization. */
export function isProductTeam(ctx: AuthedContext): boolean {
  return ctx.auth.memberships.some((m) => m.role === "product" && m.organizationKind === "operator");
}

/** Operator staff (agents, product team) see who filed a suggestion; others only within their organization. */
export function isOperatorStaff(ctx: AuthedContext): boolean {
  return isAgent(ctx) || isProductTeam(ctx);
}

export function suggestionActor(ctx: AuthedContext): SuggestionActor {
  if (isProductTeam(ctx)) return "product";
  return isAgent(ctx) ? "agent" : "requester";
}

/**
 * Whether the caller may see who filed a suggestion (and its attachment): its authors, the operator's
 * staff, and a company admin of the organization it was filed for, as with tickets. Everyone else
 * sees the suggestion itself (title, texts masked of identity codes, status, votes) but not who.
 */
export function seesRequesterOf(ctx: AuthedContext, organizationId: string | null, authorIds: readonly string[]): boolean {
  if (isOperatorStaff(ctx) || authorIds.includes(ctx.auth.user.id)) return true;
  return (
    organizationId !== null && ctx.auth.memberships.some((m) => m.organizationId === organizationId && m.role === "company_admin")
  );
}

/** The procedures only the product team may call. */
export function requireProductTeam(ctx: AuthedContext): void {
  if (!isProductTeam(ctx)) throw new AppError("SUGGESTION_DECISION_FORBIDDEN");
}

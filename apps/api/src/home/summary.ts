import { helsinkiToday } from "@reskontra/domain";
import type { Role } from "@reskontra/db";
import { isAgent, type AuthedContext } from "../trpc/authed";
import type { HomeSummary } from "./outputs";
import { agentCounts, companyAdminCounts, organizerCounts, platformCounts, productCounts, userCounts } from "./role-counts";

const REMINDER_ADMINS: readonly Role[] = ["company_admin", "accounting_admin", "user_manager"];

/**
 * The work waiting for the signed-in person, one section per role they hold and nothing for the
 * others; every organization comes from the caller's own memberships, never from the input.
 */
export async function homeSummary(ctx: AuthedContext): Promise<HomeSummary> {
  const now = ctx.clock();
  const today = helsinkiToday(now);
  const member = (roles: readonly Role[]) => ctx.auth.memberships.find((m) => roles.includes(m.role));
  const user = member(["user"]);
  const organizer = member(["organizer_admin"]);
  const companyAdmin = member(REMINDER_ADMINS);
  const [agent, userSection, organizerSection, companyAdminSection, product, platform] = await Promise.all([
    isAgent(ctx) ? agentCounts(ctx.db, now) : null,
    user ? userCounts(ctx.db, ctx.auth.user.id, user.organizationId) : null,
    organizer ? organizerCounts(ctx.db, organizer.organizationId, today) : null,
    companyAdmin ? companyAdminCounts(ctx.db, companyAdmin.organizationId, today) : null,
    member(["product"]) ? productCounts(ctx.db) : null,
    member(["platform_admin"]) ? platformCounts(ctx.db) : null,
  ]);
  return {
    agent,
    user: userSection,
    organizer: organizerSection,
    companyAdmin: companyAdminSection,
    product,
    platform,
  };
}

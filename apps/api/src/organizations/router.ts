import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@reskontra/db";
import { z } from "zod";
import { router } from "../trpc/init";
import { tenantProcedure } from "../trpc/procedures";
import { memberOutput } from "./outputs";

export const organizationsRouter = router({
  /** The people of one organization and their roles; for the admins who manage them. */
  members: tenantProcedure("company_admin", "accounting_admin", "user_manager", "organizer_admin")
    .output(z.array(memberOutput))
    .query(({ ctx }) =>
      ctx.db
        .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.organizationId, ctx.tenant.organizationId))
        .orderBy(asc(users.name)),
    ),
});

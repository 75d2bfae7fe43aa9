import { and, eq, inArray } from "drizzle-orm";
import { memberships, recoveryCodes, secondFactors, signInChallenges, users, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";

/**
 * For a person who lost their phone and recovery codes: the factor and the codes are removed, so
 * their next sign-in sets up an app anew. A platform administrator may reset anyone; an organizer
 * admin the people of an organization they administer. Someone outside the caller's reach is
 * "not found", so the call cannot tell who exists.
 */
export async function resetSecondFactor(ctx: AuthedContext, input: { userId: string }) {
  if (input.userId === ctx.auth.user.id) throw new AppError("SECOND_FACTOR_RESET_SELF", { field: "userId" });
  const now = ctx.clock();
  const platformAdmin = ctx.auth.memberships.some((m) => m.role === "platform_admin");
  const administered = ctx.auth.memberships.filter((m) => m.role === "organizer_admin").map((m) => m.organizationId);
  let organizationId: string | null = null;
  if (platformAdmin) {
    const [person] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!person) throw new AppError("NOT_FOUND", { field: "userId" });
  } else {
    const [shared] =
      administered.length === 0
        ? []
        : await ctx.db
            .select({ organizationId: memberships.organizationId })
            .from(memberships)
            .where(and(eq(memberships.userId, input.userId), inArray(memberships.organizationId, administered)))
            .limit(1);
    if (!shared) throw new AppError("NOT_FOUND", { field: "userId" });
    organizationId = shared.organizationId;
  }
  await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(secondFactors)
      .where(eq(secondFactors.userId, input.userId))
      .returning({ confirmedAt: secondFactors.confirmedAt });
    const codes = await tx
      .delete(recoveryCodes)
      .where(eq(recoveryCodes.userId, input.userId))
      .returning({ id: recoveryCodes.id });
    await tx.delete(signInChallenges).where(eq(signInChallenges.userId, input.userId));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "auth.second_factor.reset",
      entityType: "user",
      entityId: input.userId,
      before: { enrolled: Boolean(removed[0]?.confirmedAt), recoveryCodes: codes.length },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

import { and, eq, gt, isNull, lte } from "drizzle-orm";
import { secondFactors, signInChallenges, users, writeAudit, type DbOrTx, type Role } from "@reskontra/db";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";
import { SECOND_FACTOR_ROLES, SIGN_IN_CHALLENGE_COOKIE, SIGN_IN_CHALLENGE_MS } from "./policy";
import { digest, newSecret } from "./tokens";

export type SecondStep = "verify" | "enrol";

export function needsSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((r) => (SECOND_FACTOR_ROLES as readonly Role[]).includes(r));
}

/** "verify" once the person's app is set up (a code confirmed it), "enrol" before. */
export async function secondStepOf(db: DbOrTx, userId: string): Promise<SecondStep> {
  const [factor] = await db
    .select({ confirmedAt: secondFactors.confirmedAt })
    .from(secondFactors)
    .where(eq(secondFactors.userId, userId));
  return factor?.confirmedAt ? "verify" : "enrol";
}

/** The password was right: a challenge the second step must name; stale challenges are swept here. */
export async function openChallenge(
  tx: DbOrTx,
  input: { userId: string; now: Date; requestId: string | null; secondFactor: SecondStep },
): Promise<string> {
  const { now } = input;
  const token = newSecret();
  await tx.delete(signInChallenges).where(lte(signInChallenges.expiresAt, now));
  await tx.insert(signInChallenges).values({
    tokenHash: digest(token),
    userId: input.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SIGN_IN_CHALLENGE_MS),
  });
  await writeAudit(tx, {
    at: now,
    actorUserId: input.userId,
    organizationId: null,
    action: "auth.second_factor.challenged",
    entityType: "user",
    entityId: input.userId,
    after: { next: input.secondFactor },
    requestId: input.requestId,
  });
  return token;
}

export interface Challenge {
  tokenHash: string;
  userId: string;
  /** Lower-cased, as the throttle counts it. */
  email: string;
}

/** The challenge the caller's cookie names, still fresh and of a person not disabled meanwhile. */
export async function challengeOf(ctx: Context, now: Date): Promise<Challenge> {
  const token = ctx.cookies.get?.(SIGN_IN_CHALLENGE_COOKIE);
  if (!token) throw new AppError("SECOND_FACTOR_CHALLENGE_EXPIRED", { field: "code" });
  const [row] = await ctx.db
    .select({ tokenHash: signInChallenges.tokenHash, userId: signInChallenges.userId, email: users.email })
    .from(signInChallenges)
    .innerJoin(users, eq(users.id, signInChallenges.userId))
    .where(and(eq(signInChallenges.tokenHash, digest(token)), gt(signInChallenges.expiresAt, now), isNull(users.disabledAt)));
  if (!row) throw new AppError("SECOND_FACTOR_CHALLENGE_EXPIRED", { field: "code" });
  return { ...row, email: row.email.toLowerCase() };
}

import { eq, sql } from "drizzle-orm";
import { loginAttempts, memberships, sessions, users, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";
import { DUMMY_HASH, verifyPassword } from "./password";
import { SESSION_IDLE_MS, SIGN_IN_CHALLENGE_COOKIE, SIGN_IN_CHALLENGE_MS } from "./policy";
import { needsSecondFactor, openChallenge, secondStepOf } from "./second-factor-state";
import { startSession } from "./session-start";
import { clearLoginFailures, reserveLoginAttempt } from "./throttle";
import { SESSION_COOKIE } from "./tokens";

export interface LoginInput {
  email: string;
  password: string;
}

/**
 * Signs in with e-mail and password. Most people get the session cookie at once; a person whose
 * role needs a second factor gets only a short-lived challenge cookie, and `secondFactor` says
 * whether the next step is a code ("verify") or setting up the app first ("enrol").
 */
export async function login(ctx: Context, input: LoginInput) {
  const now = ctx.clock();
  const email = input.email.trim().toLowerCase();
  // Counted (and committed) before the password is checked: see throttle.ts.
  const reservation = await reserveLoginAttempt(ctx.db, email, ctx.ip, now);
  if (!reservation.ok) {
    throw new AppError("AUTH_RATE_LIMITED", { params: { minutes: Math.max(1, Math.ceil(reservation.waitMs / 60_000)) } });
  }
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabledAt) {
    await ctx.db.insert(loginAttempts).values({ email, ip: ctx.ip, success: false, attemptedAt: now });
    throw new AppError("AUTH_INVALID_CREDENTIALS", { field: "password" });
  }
  const roles = await ctx.db.select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, user.id));

  if (needsSecondFactor(roles.map((r) => r.role))) {
    // The password's count starts over, but the sign-in is not a success yet: the source becomes
    // the owner's known one only with the code (session-start.ts), and codes have a count of their own.
    const secondFactor = await secondStepOf(ctx.db, user.id);
    const token = await ctx.db.transaction(async (tx) => {
      await clearLoginFailures(tx, email, ctx.ip);
      return openChallenge(tx, { userId: user.id, now, requestId: ctx.requestId, secondFactor });
    });
    ctx.cookies.set(SIGN_IN_CHALLENGE_COOKIE, token, { maxAgeSeconds: SIGN_IN_CHALLENGE_MS / 1000 });
    return { userId: user.id, secondFactor };
  }

  const token = await ctx.db.transaction((tx) =>
    startSession(tx, { userId: user.id, email, ip: ctx.ip, now, requestId: ctx.requestId, secondFactor: null }),
  );
  ctx.cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: SESSION_IDLE_MS / 1000 });
  return { userId: user.id, secondFactor: null };
}

export async function logout(ctx: Context & { auth: NonNullable<Context["auth"]> }) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    if (ctx.auth.sessionTokenHash) await tx.delete(sessions).where(eq(sessions.tokenHash, ctx.auth.sessionTokenHash));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: null,
      action: "auth.logout",
      entityType: "user",
      entityId: ctx.auth.user.id,
      requestId: ctx.requestId,
    });
  });
  ctx.cookies.clear(SESSION_COOKIE);
}

import { eq, sql } from "drizzle-orm";
import { loginAttempts, sessions, users, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";
import { DUMMY_HASH, verifyPassword } from "./password";
import { SESSION_IDLE_MS } from "./policy";
import { clearLoginFailures, reserveLoginAttempt } from "./throttle";
import { digest, newSecret, SESSION_COOKIE } from "./tokens";

export interface LoginInput {
  email: string;
  password: string;
}

/** Signs in with e-mail and password; sets the session cookie and returns the user. */
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
  const success = Boolean(user && ok && !user.disabledAt);

  const token = newSecret();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ email, ip: ctx.ip, success, attemptedAt: now });
    if (!success || !user) return;
    await clearLoginFailures(tx, email, ctx.ip);
    await tx.insert(sessions).values({
      tokenHash: digest(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    });
    await writeAudit(tx, {
      at: now,
      actorUserId: user.id,
      organizationId: null,
      action: "auth.login",
      entityType: "user",
      entityId: user.id,
      requestId: ctx.requestId,
    });
  });
  if (!success || !user) throw new AppError("AUTH_INVALID_CREDENTIALS", { field: "password" });
  ctx.cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: SESSION_IDLE_MS / 1000 });
  return { userId: user.id };
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

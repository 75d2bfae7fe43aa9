import { and, desc, eq, ne } from "drizzle-orm";
import { apiTokens, sessions, users, writeAudit } from "@reskontra/db";
import { hashPassword, verifyPassword } from "../auth/password";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";

type Authed = Context & { auth: NonNullable<Context["auth"]> };

export async function ownProfile(ctx: Authed) {
  const [user] = await ctx.db
    .select({ name: users.name, email: users.email, locale: users.locale, userNumber: users.userNumber })
    .from(users)
    .where(eq(users.id, ctx.auth.user.id));
  if (!user) throw new AppError("NOT_FOUND");
  return { ...user, locale: user.locale === "en" ? ("en" as const) : ("fi" as const), memberships: ctx.auth.memberships };
}

export async function updateProfile(ctx: Authed, input: { name: string; locale: "fi" | "en" }) {
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, ctx.auth.user.id));
    await tx.update(users).set(input).where(eq(users.id, ctx.auth.user.id));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: null,
      action: "account.profile_changed",
      entityType: "user",
      entityId: ctx.auth.user.id,
      before,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

/** Needs the current password; every other session ends, this one stays. */
export async function changePassword(ctx: Authed, input: { currentPassword: string; newPassword: string }) {
  const now = ctx.clock();
  const [user] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, ctx.auth.user.id));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("CURRENT_PASSWORD_WRONG", { field: "currentPassword" });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, ctx.auth.user.id));
    const ended = await endOthers(tx, ctx);
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: null,
      action: "account.password_changed",
      entityType: "user",
      entityId: ctx.auth.user.id,
      after: { otherSessionsEnded: ended },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

async function endOthers(tx: Context["db"], ctx: Authed): Promise<number> {
  const current = ctx.auth.sessionTokenHash;
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, ctx.auth.user.id), current ? ne(sessions.tokenHash, current) : undefined))
    .returning({ userId: sessions.userId });
  return ended.length;
}

/** Own sessions; the id shown is a prefix of the stored digest, never the session token. */
export async function ownSessions(ctx: Authed) {
  const rows = await ctx.db
    .select({
      tokenHash: sessions.tokenHash,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(eq(sessions.userId, ctx.auth.user.id))
    .orderBy(desc(sessions.lastSeenAt));
  return rows
    .filter((r) => r.expiresAt > ctx.clock())
    .map((r) => ({
      id: r.tokenHash.slice(0, 12),
      createdAt: r.createdAt,
      lastSeenAt: r.lastSeenAt,
      current: r.tokenHash === ctx.auth.sessionTokenHash,
    }));
}

export async function endOtherSessions(ctx: Authed) {
  const now = ctx.clock();
  const ended = await ctx.db.transaction(async (tx) => {
    const n = await endOthers(tx, ctx);
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: null,
      action: "account.other_sessions_ended",
      entityType: "user",
      entityId: ctx.auth.user.id,
      after: { sessionsEnded: n },
      requestId: ctx.requestId,
    });
    return n;
  });
  return { ended };
}

export async function ownApiTokens(ctx: Authed) {
  return ctx.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, ctx.auth.user.id))
    .orderBy(desc(apiTokens.createdAt));
}

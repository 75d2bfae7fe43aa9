import { and, eq, isNull } from "drizzle-orm";
import { apiTokens, memberships, organizations, sessions, users, type Db } from "@reskontra/db";
import type { Auth, Locale } from "../trpc/context";
import { SESSION_IDLE_MS, SESSION_MAX_MS, SESSION_TOUCH_MS } from "./policy";
import { digest } from "./tokens";

export type AuthResult = { auth: Auth; problem: null } | { auth: null; problem: "SESSION_EXPIRED" | "TOKEN_INVALID" | null };

async function loadUser(db: Db, userId: string): Promise<Omit<Auth, "via"> | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) return null;
  const rows = await db
    .select({
      organizationId: memberships.organizationId,
      role: memberships.role,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    // A deactivated organization keeps its people and history, but no one acts in it.
    .where(and(eq(memberships.userId, userId), isNull(organizations.deactivatedAt)));
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: (user.locale === "en" ? "en" : "fi") satisfies Locale,
      userNumber: user.userNumber,
    },
    memberships: rows,
  };
}

export async function authFromSession(db: Db, token: string, now: Date): Promise<AuthResult> {
  const tokenHash = digest(token);
  const [session] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  if (!session) return { auth: null, problem: "SESSION_EXPIRED" };
  if (session.expiresAt <= now) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { auth: null, problem: "SESSION_EXPIRED" };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS));
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
  }
  const loaded = await loadUser(db, session.userId);
  if (!loaded) return { auth: null, problem: "SESSION_EXPIRED" };
  return { auth: { ...loaded, via: "session", sessionTokenHash: tokenHash }, problem: null };
}

export async function authFromApiToken(db: Db, token: string, now: Date): Promise<AuthResult> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, digest(token)));
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return { auth: null, problem: "TOKEN_INVALID" };
  const loaded = await loadUser(db, row.userId);
  if (!loaded) return { auth: null, problem: "TOKEN_INVALID" };
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return { auth: { ...loaded, via: "token" }, problem: null };
}

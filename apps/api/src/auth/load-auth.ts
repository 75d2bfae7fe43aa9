import { and, eq, isNull, sql } from "drizzle-orm";
import { apiTokens, memberships, organizations, perDatabase, sessions, users, type Db } from "@reskontra/db";
import type { Auth, Locale, Membership } from "../trpc/context";
import { lookupBatcher } from "./lookup-batch";
import { SESSION_IDLE_MS, SESSION_MAX_MS, SESSION_TOUCH_MS } from "./policy";
import { digest } from "./tokens";

export type AuthResult = { auth: Auth; problem: null } | { auth: null; problem: "SESSION_EXPIRED" | "TOKEN_INVALID" | null };

/** An API token's last use is written at most this often (off the request path): a read stays a read. */
export const TOKEN_LAST_USED_WRITE_MS = 60 * 1000;

// The user's live memberships as one JSON array, so the credential, the user and the roles come in
// one round trip. A deactivated organization keeps its people and history, but no one acts in it.
const membershipsOf = (userId: typeof users.id) => sql<Membership[]>`coalesce((
  select json_agg(json_build_object(
           'organizationId', ${organizations.id},
           'role', ${memberships.role},
           'organizationName', ${organizations.name},
           'organizationKind', ${organizations.kind})
         order by ${memberships.createdAt}, ${memberships.id})
  from ${memberships} join ${organizations} on ${organizations.id} = ${memberships.organizationId}
  where ${memberships.userId} = ${userId} and ${organizations.deactivatedAt} is null), '[]'::json)`;

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  userNumber: users.userNumber,
};

function prepareSessions(db: Db) {
  return db
    .select({
      tokenHash: sessions.tokenHash,
      userId: sessions.userId,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      user: userColumns,
      memberships: membershipsOf(users.id),
    })
    .from(sessions)
    .leftJoin(users, and(eq(users.id, sessions.userId), isNull(users.disabledAt)))
    .where(sql`${sessions.tokenHash} = any(${sql.placeholder("tokenHashes")}::text[])`)
    .prepare("auth_sessions");
}

function prepareToken(db: Db) {
  return db
    .select({
      id: apiTokens.id,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      user: userColumns,
      memberships: membershipsOf(users.id),
    })
    .from(apiTokens)
    .leftJoin(users, and(eq(users.id, apiTokens.userId), isNull(users.disabledAt)))
    .where(eq(apiTokens.tokenHash, sql.placeholder("tokenHash")))
    .prepare("auth_api_token");
}

/** Prepared once per database handle: the statements are named per connection by the driver. */
const prepared = perDatabase((db) => {
  const sessionsQuery = prepareSessions(db);
  return {
    // Concurrent requests' sessions in one query (lookup-batch.ts): the lookup every call begins with.
    session: lookupBatcher(
      (tokenHashes) => sessionsQuery.execute({ tokenHashes }),
      (row) => row.tokenHash,
    ),
    token: prepareToken(db),
  };
});

type UserRow = { id: string; email: string; name: string; locale: string; userNumber: string | null } | null;

function authOf(user: UserRow, rows: Membership[]): Omit<Auth, "via"> | null {
  if (!user) return null;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: (user.locale === "en" ? "en" : "fi") satisfies Locale,
      userNumber: user.userNumber,
    },
    // PGlite hands json back parsed, postgres.js too; a driver that gives text is read here.
    // A copy: requests that carried the same cookie in one batch share the row (lookup-batch.ts).
    memberships: typeof rows === "string" ? (JSON.parse(rows) as Membership[]) : rows.slice(),
  };
}

export async function authFromSession(db: Db, token: string, now: Date): Promise<AuthResult> {
  const tokenHash = digest(token);
  const session = await prepared(db).session(tokenHash);
  if (!session) return { auth: null, problem: "SESSION_EXPIRED" };
  if (session.expiresAt <= now) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { auth: null, problem: "SESSION_EXPIRED" };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS));
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
  }
  const loaded = authOf(session.user, session.memberships);
  if (!loaded) return { auth: null, problem: "SESSION_EXPIRED" };
  return { auth: { ...loaded, via: "session", sessionTokenHash: tokenHash }, problem: null };
}

/** Token id → when this process last wrote its last-used time (ms): concurrent requests write once. */
const lastUsedWrites = new Map<string, number>();

/**
 * Records that a token was used, at most once a minute per token, without holding the request: the
 * write is not awaited, and a failed one (a lost connection) costs only the timestamp.
 */
function noteTokenUse(db: Db, id: string, lastUsedAt: Date | null, now: Date): void {
  const at = now.getTime();
  if (lastUsedAt && at - lastUsedAt.getTime() < TOKEN_LAST_USED_WRITE_MS) return;
  const written = lastUsedWrites.get(id);
  if (written !== undefined && at - written < TOKEN_LAST_USED_WRITE_MS && at >= written) return;
  if (lastUsedWrites.size > 10_000) lastUsedWrites.clear();
  lastUsedWrites.set(id, at);
  db.update(apiTokens)
    .set({ lastUsedAt: now })
    .where(eq(apiTokens.id, id))
    .then(
      () => undefined,
      () => lastUsedWrites.delete(id),
    );
}

export async function authFromApiToken(db: Db, token: string, now: Date): Promise<AuthResult> {
  const [row] = await prepared(db).token.execute({ tokenHash: digest(token) });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return { auth: null, problem: "TOKEN_INVALID" };
  const loaded = authOf(row.user, row.memberships);
  if (!loaded) return { auth: null, problem: "TOKEN_INVALID" };
  noteTokenUse(db, row.id, row.lastUsedAt, now);
  return { auth: { ...loaded, via: "token" }, problem: null };
}

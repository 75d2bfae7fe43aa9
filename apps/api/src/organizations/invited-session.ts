import { sessions, type DbOrTx } from "@reskontra/db";
import { SESSION_IDLE_MS } from "../auth/policy";
import { digest, newSecret, SESSION_COOKIE } from "../auth/tokens";
import type { CookieJar } from "../trpc/context";

/** Opens a session for a newly invited person, as sign-in does; the caller sets the cookie with `setSessionCookie` after commit. */
export async function startSession(tx: DbOrTx, userId: string, now: Date): Promise<string> {
  const token = newSecret();
  await tx.insert(sessions).values({
    tokenHash: digest(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
  });
  return token;
}

export function setSessionCookie(cookies: CookieJar, token: string): void {
  cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: SESSION_IDLE_MS / 1000 });
}

import { loginAttempts, sessions, writeAudit, type DbOrTx } from "@reskontra/db";
import { SESSION_IDLE_MS } from "./policy";
import { clearLoginFailures } from "./throttle";
import { digest, newSecret } from "./tokens";

/**
 * The last step of every sign-in, with or without a second factor: the attempt is recorded as a
 * success (so this source is the owner's known one), the throttle forgets this source's failures
 * of that step, and a session begins. Returns its token.
 */
export async function startSession(
  tx: DbOrTx,
  input: {
    userId: string;
    email: string;
    ip: string | null;
    now: Date;
    requestId: string | null;
    secondFactor: "totp" | "recovery_code" | null;
  },
): Promise<string> {
  const { now } = input;
  const token = newSecret();
  await tx.insert(loginAttempts).values({ email: input.email, ip: input.ip, success: true, attemptedAt: now });
  await clearLoginFailures(tx, input.email, input.ip, input.secondFactor ? "code" : "password");
  await tx.insert(sessions).values({
    tokenHash: digest(token),
    userId: input.userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
  });
  await writeAudit(tx, {
    at: now,
    actorUserId: input.userId,
    organizationId: null,
    action: "auth.login",
    entityType: "user",
    entityId: input.userId,
    after: input.secondFactor ? { secondFactor: input.secondFactor } : null,
    requestId: input.requestId,
  });
  return token;
}

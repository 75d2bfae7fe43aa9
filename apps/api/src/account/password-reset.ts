import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import { passwordResetRequests, passwordResets, sessions, signInChallenges, users, writeAudit } from "@reskontra/db";
import { createTranslator } from "@reskontra/i18n";
import { hashPassword } from "../auth/password";
import { sourceOf } from "../auth/throttle";
import { digest, newSecret } from "../auth/tokens";
import { AppError } from "../errors";
import { appUrl, queueMail, sendQueuedMail } from "../organizations/queue-mail";
import type { Context } from "../trpc/context";
import { accountMailMessages } from "./mail-messages";

export const RESET_VALID_MINUTES = 30;
/** Per address and per source, in an hour: enough for a person who lost a mail, too few to flood an inbox. */
export const RESETS_PER_ADDRESS_HOUR = 3;
export const RESETS_PER_SOURCE_HOUR = 20;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Sends a reset link to a known, open account. The answer is the same whether or not the address
 * exists; every request counts towards the limit, so the limit tells nothing either.
 */
export async function requestPasswordReset(ctx: Context, rawEmail: string) {
  const now = ctx.clock();
  const email = rawEmail.trim().toLowerCase();
  const source = sourceOf(ctx.ip);
  const since = new Date(now.getTime() - HOUR_MS);
  const mailId = await ctx.db.transaction(async (tx) => {
    // One lock per address and source keeps parallel requests from slipping past the count.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reset:${email}`}))`);
    const [byAddress] = await tx
      .select({ n: count() })
      .from(passwordResetRequests)
      .where(and(eq(passwordResetRequests.email, email), gt(passwordResetRequests.requestedAt, since)));
    const [bySource] = await tx
      .select({ n: count() })
      .from(passwordResetRequests)
      .where(and(eq(passwordResetRequests.source, source), gt(passwordResetRequests.requestedAt, since)));
    if (Number(byAddress?.n ?? 0) >= RESETS_PER_ADDRESS_HOUR || Number(bySource?.n ?? 0) >= RESETS_PER_SOURCE_HOUR) {
      return "limited" as const;
    }
    await tx.insert(passwordResetRequests).values({ email, source, requestedAt: now });
    const [user] = await tx
      .select({ id: users.id, name: users.name, locale: users.locale })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${email}`, isNull(users.disabledAt)));
    if (!user) return null;
    const token = newSecret();
    const [reset] = await tx
      .insert(passwordResets)
      .values({
        userId: user.id,
        tokenHash: digest(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000),
      })
      .returning({ id: passwordResets.id });
    if (!reset) throw new Error("reset insert returned nothing");
    const t = createTranslator(accountMailMessages, user.locale === "en" ? "en" : "fi");
    const id = await queueMail(tx, {
      idempotencyKey: `password-reset:${reset.id}`,
      toAddress: email,
      subject: t("resetSubject"),
      body: t("resetBody", { name: user.name, link: appUrl(ctx, `/password-reset#${token}`), minutes: RESET_VALID_MINUTES }),
      now,
    });
    await writeAudit(tx, {
      at: now,
      actorUserId: null,
      organizationId: null,
      action: "account.password_reset_requested",
      entityType: "user",
      entityId: user.id,
      after: { resetId: reset.id, expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000) },
      requestId: ctx.requestId,
    });
    return id;
  });
  if (mailId === "limited") throw new AppError("RESET_RATE_LIMITED", { field: "email" });
  await sendQueuedMail(ctx, mailId);
  return { ok: true as const };
}

/** Sets a new password with a reset link; the link is spent and every session of the person ends. */
export async function resetPassword(ctx: Context, input: { token: string; password: string }) {
  const now = ctx.clock();
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    const [reset] = await tx
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, digest(input.token)))
      .for("update");
    if (!reset || reset.usedAt || reset.expiresAt <= now) throw new AppError("RESET_LINK_INVALID", { field: "token" });
    const [user] = await tx.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, reset.userId));
    if (!user || user.disabledAt) throw new AppError("RESET_LINK_INVALID", { field: "token" });
    await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId));
    // Every open link of the person is spent, not only this one: an older mail must not reset it again.
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)));
    await tx.delete(signInChallenges).where(eq(signInChallenges.userId, reset.userId));
    const ended = await tx.delete(sessions).where(eq(sessions.userId, reset.userId)).returning({ userId: sessions.userId });
    await writeAudit(tx, {
      at: now,
      actorUserId: reset.userId,
      organizationId: null,
      action: "account.password_reset",
      entityType: "user",
      entityId: reset.userId,
      after: { resetId: reset.id, sessionsEnded: ended.length },
      requestId: ctx.requestId,
    });
  });
  return { ok: true as const };
}

import { and, eq, isNull, lt, or } from "drizzle-orm";
import QRCode from "qrcode";
import { loginAttempts, recoveryCodes, secondFactors, signInChallenges, writeAudit, type DbOrTx } from "@reskontra/db";
import { AppError, type AppErrorCode } from "../errors";
import type { Context } from "../trpc/context";
import { RECOVERY_CODE_COUNT, SESSION_IDLE_MS, SIGN_IN_CHALLENGE_COOKIE } from "./policy";
import { challengeOf, type Challenge } from "./second-factor-state";
import { startSession } from "./session-start";
import { reserveLoginAttempt } from "./throttle";
import { digest, SESSION_COOKIE } from "./tokens";
import { isTotpCode, newRecoveryCode, newTotpSecret, normalizeRecoveryCode, stepOfCode, totpUri } from "./totp";

// The second sign-in step. Each code is counted by the sign-in throttle before it is checked, like
// a password; a TOTP code is accepted once (the step is stored and must grow), a recovery code once
// ever. Only after a right code does a session begin.

type Outcome = { ok: true; token: string } | { ok: false; code: AppErrorCode };

async function reserve(ctx: Context, challenge: Challenge, now: Date): Promise<void> {
  const reservation = await reserveLoginAttempt(ctx.db, challenge.email, ctx.ip, now, "code");
  if (!reservation.ok) {
    throw new AppError("AUTH_RATE_LIMITED", {
      field: "code",
      params: { minutes: Math.max(1, Math.ceil(reservation.waitMs / 60_000)) },
    });
  }
}

/** A wrong code is a failed sign-in attempt, recorded like a wrong password. */
async function recordFailure(tx: DbOrTx, challenge: Challenge, ctx: Context, now: Date): Promise<void> {
  await tx.insert(loginAttempts).values({ email: challenge.email, ip: ctx.ip, success: false, attemptedAt: now });
}

/** Accepts the step if it is later than the last one used; false for a replay (also between two racing requests). */
async function useStep(tx: DbOrTx, userId: string, step: number): Promise<boolean> {
  const used = await tx
    .update(secondFactors)
    .set({ lastUsedStep: step })
    .where(and(eq(secondFactors.userId, userId), or(isNull(secondFactors.lastUsedStep), lt(secondFactors.lastUsedStep, step))))
    .returning({ userId: secondFactors.userId });
  return used.length > 0;
}

function finish(ctx: Context, outcome: Outcome): void {
  if (!outcome.ok) throw new AppError(outcome.code, { field: "code" });
  ctx.cookies.clear(SIGN_IN_CHALLENGE_COOKIE);
  ctx.cookies.set(SESSION_COOKIE, outcome.token, { maxAgeSeconds: SESSION_IDLE_MS / 1000 });
}

/** The second step of an enrolled person: a code from the app, or one of the recovery codes. */
export async function verifySecondFactor(ctx: Context, input: { code: string }) {
  const now = ctx.clock();
  const challenge = await challengeOf(ctx, now);
  await reserve(ctx, challenge, now);
  const [factor] = await ctx.db.select().from(secondFactors).where(eq(secondFactors.userId, challenge.userId));
  if (!factor?.confirmedAt) throw new AppError("SECOND_FACTOR_STATE_CHANGED", { field: "code" });
  const typed = input.code.replace(/\s/g, "");
  const step = isTotpCode(typed) ? stepOfCode(factor.secret, typed, now) : null;

  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    let method: "totp" | "recovery_code";
    if (isTotpCode(typed)) {
      if (step === null) {
        await recordFailure(tx, challenge, ctx, now);
        return { ok: false, code: "SECOND_FACTOR_CODE_WRONG" };
      }
      if (!(await useStep(tx, challenge.userId, step))) {
        await recordFailure(tx, challenge, ctx, now);
        return { ok: false, code: "SECOND_FACTOR_CODE_USED" };
      }
      method = "totp";
    } else {
      const [used] = await tx
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(recoveryCodes.userId, challenge.userId),
            eq(recoveryCodes.codeHash, digest(normalizeRecoveryCode(typed))),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ id: recoveryCodes.id });
      if (!used) {
        await recordFailure(tx, challenge, ctx, now);
        return { ok: false, code: "SECOND_FACTOR_CODE_WRONG" };
      }
      await writeAudit(tx, {
        at: now,
        actorUserId: challenge.userId,
        organizationId: null,
        action: "auth.second_factor.recovery_code_used",
        entityType: "recovery_code",
        entityId: used.id,
        requestId: ctx.requestId,
      });
      method = "recovery_code";
    }
    await tx.delete(signInChallenges).where(eq(signInChallenges.tokenHash, challenge.tokenHash));
    await writeAudit(tx, {
      at: now,
      actorUserId: challenge.userId,
      organizationId: null,
      action: "auth.second_factor.verified",
      entityType: "user",
      entityId: challenge.userId,
      after: { method },
      requestId: ctx.requestId,
    });
    const token = await startSession(tx, {
      userId: challenge.userId,
      email: challenge.email,
      ip: ctx.ip,
      now,
      requestId: ctx.requestId,
      secondFactor: method,
    });
    return { ok: true, token };
  });
  finish(ctx, outcome);
  const left = await ctx.db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, challenge.userId), isNull(recoveryCodes.usedAt)));
  return { userId: challenge.userId, recoveryCodesLeft: left.length };
}

/**
 * Begins setting up the authenticator app: a new secret, shown now as a QR code and as text, and
 * never again. Asking again before confirming replaces it (the first QR may not have been scanned).
 */
export async function startSecondFactorEnrolment(ctx: Context) {
  const now = ctx.clock();
  const challenge = await challengeOf(ctx, now);
  const secret = newTotpSecret();
  const replaced = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(secondFactors).where(eq(secondFactors.userId, challenge.userId)).for("update");
    if (existing?.confirmedAt) return false;
    await tx
      .insert(secondFactors)
      .values({ userId: challenge.userId, secret, createdAt: now })
      .onConflictDoUpdate({ target: secondFactors.userId, set: { secret, createdAt: now, lastUsedStep: null } });
    await writeAudit(tx, {
      at: now,
      actorUserId: challenge.userId,
      organizationId: null,
      action: "auth.second_factor.enrolment_started",
      entityType: "user",
      entityId: challenge.userId,
      requestId: ctx.requestId,
    });
    return true;
  });
  if (!replaced) throw new AppError("SECOND_FACTOR_STATE_CHANGED", { field: "code" });
  const uri = totpUri(secret, challenge.email);
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** The first code from the newly set-up app: the factor is in use, the recovery codes are shown once, and the session begins. */
export async function confirmSecondFactor(ctx: Context, input: { code: string }) {
  const now = ctx.clock();
  const challenge = await challengeOf(ctx, now);
  await reserve(ctx, challenge, now);
  const [factor] = await ctx.db.select().from(secondFactors).where(eq(secondFactors.userId, challenge.userId));
  if (!factor || factor.confirmedAt) throw new AppError("SECOND_FACTOR_STATE_CHANGED", { field: "code" });
  const typed = input.code.replace(/\s/g, "");
  const step = isTotpCode(typed) ? stepOfCode(factor.secret, typed, now) : null;
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);

  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    if (step === null) {
      await recordFailure(tx, challenge, ctx, now);
      return { ok: false, code: "SECOND_FACTOR_CODE_WRONG" };
    }
    const confirmed = await tx
      .update(secondFactors)
      .set({ confirmedAt: now, lastUsedStep: step })
      .where(
        and(
          eq(secondFactors.userId, challenge.userId),
          eq(secondFactors.secret, factor.secret),
          isNull(secondFactors.confirmedAt),
        ),
      )
      .returning({ userId: secondFactors.userId });
    if (confirmed.length === 0) return { ok: false, code: "SECOND_FACTOR_STATE_CHANGED" };
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, challenge.userId));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((c) => ({ userId: challenge.userId, codeHash: digest(normalizeRecoveryCode(c)), createdAt: now })));
    await tx.delete(signInChallenges).where(eq(signInChallenges.tokenHash, challenge.tokenHash));
    await writeAudit(tx, {
      at: now,
      actorUserId: challenge.userId,
      organizationId: null,
      action: "auth.second_factor.enrolled",
      entityType: "user",
      entityId: challenge.userId,
      after: { method: "totp", recoveryCodes: RECOVERY_CODE_COUNT },
      requestId: ctx.requestId,
    });
    const token = await startSession(tx, {
      userId: challenge.userId,
      email: challenge.email,
      ip: ctx.ip,
      now,
      requestId: ctx.requestId,
      secondFactor: "totp",
    });
    return { ok: true, token };
  });
  finish(ctx, outcome);
  return { userId: challenge.userId, recoveryCodes: codes };
}

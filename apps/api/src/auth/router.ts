import { eq } from "drizzle-orm";
import { users, writeAudit } from "@reskontra/db";
import { z } from "zod";
import { plainString } from "@reskontra/contracts/shared";
import { AppError } from "../errors";
import { router } from "../trpc/init";
import { okOutput } from "../trpc/outputs";
import { authedProcedure, publicProcedure } from "../trpc/procedures";
import { createApiToken, revokeApiToken } from "./api-tokens";
import { login, logout } from "./login";
import {
  createdTokenOutput,
  enrolledOutput,
  enrolmentOutput,
  localeOutput,
  loginOutput,
  meOutput,
  secondFactorVerifiedOutput,
} from "./outputs";
import { resetSecondFactor } from "./reset-second-factor";
import { confirmSecondFactor, startSecondFactorEnrolment, verifySecondFactor } from "./second-factor";

/** A code from the app (6 digits) or a recovery code (xxxxx-xxxxx); spaces as the person typed them. */
const codeInput = z.object({ code: z.string().trim().min(1).max(40) });

export const authRouter = router({
  login: publicProcedure
    .input(z.object({ email: z.email().max(254), password: z.string().min(1).max(200) }))
    .output(loginOutput)
    .mutation(({ ctx, input }) => login(ctx, input)),

  /** The second step after the password (the challenge cookie names whose): a code or a recovery code. */
  verifySecondFactor: publicProcedure
    .input(codeInput)
    .output(secondFactorVerifiedOutput)
    .mutation(({ ctx, input }) => verifySecondFactor(ctx, input)),

  /** Setting up the app, for a person whose role needs it and who has none yet: the secret, once. */
  startSecondFactorEnrolment: publicProcedure.output(enrolmentOutput).mutation(({ ctx }) => startSecondFactorEnrolment(ctx)),

  confirmSecondFactor: publicProcedure
    .input(codeInput)
    .output(enrolledOutput)
    .mutation(({ ctx, input }) => confirmSecondFactor(ctx, input)),

  /** A platform administrator, or the person's organizer admin, removes a lost second factor. */
  resetSecondFactor: authedProcedure
    .input(z.object({ userId: z.uuid() }))
    .output(okOutput)
    .mutation(({ ctx, input }) => resetSecondFactor(ctx, input)),

  logout: authedProcedure.output(okOutput).mutation(async ({ ctx }) => {
    await logout(ctx);
    return { ok: true as const };
  }),

  /** Who the caller is; null when not signed in (the web's sign-in gate). */
  me: publicProcedure.output(meOutput.nullable()).query(({ ctx }) => {
    if (!ctx.auth) return null;
    return { user: ctx.auth.user, memberships: ctx.auth.memberships, via: ctx.auth.via };
  }),

  whoami: authedProcedure.output(meOutput).query(({ ctx }) => ({
    user: ctx.auth.user,
    memberships: ctx.auth.memberships,
    via: ctx.auth.via,
  })),

  setLocale: authedProcedure
    .input(z.object({ locale: z.enum(["fi", "en"]) }))
    .output(localeOutput)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.clock();
      await ctx.db.transaction(async (tx) => {
        await tx.update(users).set({ locale: input.locale }).where(eq(users.id, ctx.auth.user.id));
        await writeAudit(tx, {
          at: now,
          actorUserId: ctx.auth.user.id,
          organizationId: null,
          action: "user.locale_changed",
          entityType: "user",
          entityId: ctx.auth.user.id,
          before: { locale: ctx.auth.user.locale },
          after: { locale: input.locale },
          requestId: ctx.requestId,
        });
      });
      return { locale: input.locale };
    }),

  createApiToken: authedProcedure
    .input(
      z.object({
        name: plainString().trim().min(1).max(80),
        expiresInDays: z.number().int().min(1).max(366).nullable().default(90),
      }),
    )
    .output(createdTokenOutput)
    .mutation(({ ctx, input }) => {
      const now = ctx.clock();
      const expiresAt = input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * 86_400_000);
      return createApiToken(ctx.db, { userId: ctx.auth.user.id, name: input.name, now, expiresAt, requestId: ctx.requestId });
    }),

  revokeApiToken: authedProcedure
    .input(z.object({ id: z.uuid() }))
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const revoked = await revokeApiToken(ctx.db, { userId: ctx.auth.user.id, id: input.id, now: ctx.clock() });
      if (!revoked) throw new AppError("NOT_FOUND", { field: "id" });
      return { ok: true as const };
    }),
});

import {
  apiTokenInput,
  changePasswordInput,
  profileInput,
  requestPasswordResetInput,
  resetPasswordInput,
} from "@reskontra/contracts/organizations";
import { ROLES } from "@reskontra/db";
import { z } from "zod";
import { createApiToken, revokeApiToken } from "../auth/api-tokens";
import { AppError } from "../errors";
import { router } from "../trpc/init";
import { okOutput } from "../trpc/outputs";
import { authedProcedure, publicProcedure } from "../trpc/procedures";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { changePassword, endOtherSessions, ownApiTokens, ownProfile, ownSessions, updateProfile } from "./profile";

const profileOutput = z.object({
  name: z.string(),
  email: z.string(),
  locale: z.enum(["fi", "en"]),
  userNumber: z.string().nullable(),
  memberships: z.array(z.object({ organizationId: z.string(), organizationName: z.string(), role: z.enum(ROLES) })),
});

/** Everyone's own account: forgotten password, profile, password, sessions and API tokens. */
export const accountRouter = router({
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .output(okOutput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input.email)),
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .output(okOutput)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),

  profile: authedProcedure.output(profileOutput).query(({ ctx }) => ownProfile(ctx)),
  updateProfile: authedProcedure
    .input(profileInput)
    .output(okOutput)
    .mutation(({ ctx, input }) => updateProfile(ctx, input)),
  changePassword: authedProcedure
    .input(changePasswordInput)
    .output(okOutput)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),

  sessions: authedProcedure
    .output(z.array(z.object({ id: z.string(), createdAt: z.date(), lastSeenAt: z.date(), current: z.boolean() })))
    .query(({ ctx }) => ownSessions(ctx)),
  endOtherSessions: authedProcedure.output(z.object({ ended: z.number() })).mutation(({ ctx }) => endOtherSessions(ctx)),

  apiTokens: authedProcedure
    .output(
      z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          createdAt: z.date(),
          expiresAt: z.date().nullable(),
          lastUsedAt: z.date().nullable(),
          revokedAt: z.date().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => ownApiTokens(ctx)),
  createApiToken: authedProcedure
    .input(apiTokenInput)
    .output(z.object({ id: z.string(), token: z.string() }))
    .mutation(({ ctx, input }) => {
      const now = ctx.clock();
      return createApiToken(ctx.db, {
        userId: ctx.auth.user.id,
        name: input.name,
        now,
        expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
        requestId: ctx.requestId,
      });
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

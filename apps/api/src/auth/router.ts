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
import { createdTokenOutput, localeOutput, loginOutput, meOutput } from "./outputs";

export const authRouter = router({
  login: publicProcedure
    .input(z.object({ email: z.email().max(254), password: z.string().min(1).max(200) }))
    .output(loginOutput)
    .mutation(({ ctx, input }) => login(ctx, input)),

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

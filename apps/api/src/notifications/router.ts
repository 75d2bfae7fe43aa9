import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { alerts, invoices, notifications, writeAudit } from "@reskontra/db";
import { z } from "zod";
import { plainDate, plainString } from "@reskontra/contracts/shared";
import { router } from "../trpc/init";
import { okOutput } from "../trpc/outputs";
import { authedProcedure, roleProcedure } from "../trpc/procedures";
import { alertOutput, markedOutput, notificationOutput } from "./outputs";

/** In-app notices to a user (an invoice went forward, came back for correction, …) and alerts to customer service. */
export const notificationsRouter = router({
  mine: authedProcedure.output(z.array(notificationOutput)).query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        invoiceId: notifications.invoiceId,
        invoiceNumber: invoices.invoiceNumber,
        params: notifications.params,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .leftJoin(invoices, eq(invoices.id, notifications.invoiceId))
      .where(eq(notifications.userId, ctx.auth.user.id))
      .orderBy(desc(notifications.createdAt))
      .limit(50);
    return rows.map((r) => ({ ...r, params: (r.params ?? {}) as Record<string, unknown> }));
  }),

  markRead: authedProcedure
    .input(z.object({ ids: z.array(z.uuid()).min(1).max(100) }))
    .output(markedOutput)
    .mutation(async ({ ctx, input }) => {
      const marked = await ctx.db
        .update(notifications)
        .set({ readAt: ctx.clock() })
        .where(
          and(eq(notifications.userId, ctx.auth.user.id), inArray(notifications.id, input.ids), isNull(notifications.readAt)),
        )
        .returning({ id: notifications.id });
      return { marked: marked.length };
    }),

  /** Open alerts for customer service: invoices past the same-day deadline, deliveries of unknown outcome. */
  alerts: roleProcedure("agent")
    .output(z.array(alertOutput))
    .query(({ ctx }) =>
      ctx.db
        .select({ kind: alerts.kind, businessDate: alerts.businessDate, payload: alerts.payload, createdAt: alerts.createdAt })
        .from(alerts)
        .where(isNull(alerts.resolvedAt))
        .orderBy(desc(alerts.businessDate)),
    ),

  resolveAlert: roleProcedure("agent")
    .input(z.object({ kind: plainString().min(1).max(50), businessDate: plainDate }))
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.clock();
      await ctx.db.transaction(async (tx) => {
        await tx
          .update(alerts)
          .set({ resolvedAt: now })
          .where(and(eq(alerts.kind, input.kind), eq(alerts.businessDate, input.businessDate)));
        await writeAudit(tx, {
          at: now,
          actorUserId: ctx.auth.user.id,
          organizationId: null,
          action: "alert.resolved",
          entityType: "alert",
          entityId: `${input.kind}:${input.businessDate}`,
          requestId: ctx.requestId,
        });
      });
      return { ok: true as const };
    }),
});

import { and, desc, eq, gte, sql } from "drizzle-orm";
import { auditLog, reminderEvents, users } from "@reskontra/db";
import { requireActive, type TenantContext } from "./access";

/**
 * The company's latest hand-started run and what the automation has done since it was asked for:
 * reminders made, sent, failed and uncertain, counted from the rules' event rows in one query.
 * Null when nobody has started a run by hand. The web polls it after "Run reminders now".
 */
export async function lastRun(ctx: TenantContext) {
  const organizationId = ctx.tenant.organizationId;
  await requireActive(ctx.db, organizationId);
  const [request] = await ctx.db
    .select({ at: auditLog.at, byName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.organizationId, organizationId), eq(auditLog.action, "reminders.run_requested")))
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!request) return null;
  const [counts] = await ctx.db
    .select({
      created: sql<number>`count(*) FILTER (WHERE ${reminderEvents.kind} = 'created')::int`,
      sent: sql<number>`count(*) FILTER (WHERE ${reminderEvents.kind} = 'sent')::int`,
      failed: sql<number>`count(*) FILTER (WHERE ${reminderEvents.kind} = 'failed')::int`,
      uncertain: sql<number>`count(*) FILTER (WHERE ${reminderEvents.kind} = 'uncertain')::int`,
    })
    .from(reminderEvents)
    .where(and(eq(reminderEvents.organizationId, organizationId), gte(reminderEvents.at, request.at)));
  return {
    requestedAt: request.at,
    requestedByName: request.byName,
    created: Number(counts?.created ?? 0),
    sent: Number(counts?.sent ?? 0),
    failed: Number(counts?.failed ?? 0),
    uncertain: Number(counts?.uncertain ?? 0),
  };
}

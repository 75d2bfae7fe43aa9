import { runReminders } from "@reskontra/jobs";
import { writeAudit } from "@reskontra/db";
import { requireActive, type TenantContext } from "./access";

/**
 * An admin's "run now": enqueues the very job the daily schedule runs, limited to the company.
 * Running it twice a day sends nothing twice: the run skips what is already made.
 */
export async function runNow(ctx: TenantContext) {
  const organizationId = ctx.tenant.organizationId;
  await requireActive(ctx.db, organizationId);
  const jobId = await ctx.jobs.send(runReminders, { organizationId }, { singletonKey: `reminders:${organizationId}` });
  await writeAudit(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.auth.user.id,
    organizationId,
    action: "reminders.run_requested",
    entityType: "reminder_settings",
    entityId: organizationId,
    after: { jobId },
    requestId: ctx.requestId,
  });
  return { queued: jobId !== null };
}

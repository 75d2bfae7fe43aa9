import { dryRunReminders, type DryRunItem } from "@reskontra/usecases/reminders";
import { requireActive, type TenantContext } from "./access";

/** "What would be sent today", from the same candidate query and planner as the daily run. */
export async function dryRun(ctx: TenantContext): Promise<DryRunItem[]> {
  const organizationId = ctx.tenant.organizationId;
  await requireActive(ctx.db, organizationId);
  return dryRunReminders(ctx, { organizationId });
}

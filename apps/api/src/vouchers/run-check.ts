import { checkRecordedEvents } from "@reskontra/usecases/vouchers";
import { writeAudit } from "@reskontra/db";
import type { OrganizerContext } from "./context";

/** The organizer runs its automatic check now instead of waiting for the next 00/06/12/18 run. */
export async function runCheckNow(ctx: OrganizerContext) {
  const result = await checkRecordedEvents(ctx, { organizationId: ctx.tenant.organizationId });
  await writeAudit(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.auth.user.id,
    organizationId: ctx.tenant.organizationId,
    action: "voucher.check.run",
    entityType: "voucher_organizer_settings",
    entityId: ctx.tenant.organizationId,
    after: result,
    requestId: ctx.requestId,
  });
  return result;
}

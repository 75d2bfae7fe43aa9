import { decideEventTransition } from "@reskontra/domain";
import { and, eq, sql } from "drizzle-orm";
import { voucherEvents, writeAudit, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import type { OrganizerContext } from "./context";
import { loadEvents, permissionsOf } from "./event-views";
import { refuseCode } from "./refuse";

export async function lockOrganizerEvent(tx: DbOrTx, organizationId: string, eventId: string) {
  const [event] = await tx
    .select()
    .from(voucherEvents)
    .where(and(eq(voucherEvents.id, eventId), eq(voucherEvents.organizationId, organizationId)))
    .for("update");
  if (!event) throw new AppError("VOUCHER_EVENT_NOT_FOUND", { field: "eventId" });
  return event;
}

/** The review queue: events the check sent to review (and, on request, those not yet checked), oldest first. */
export async function reviewQueue(ctx: OrganizerContext, includeRecorded: boolean) {
  const states = includeRecorded ? sql`('under_review', 'recorded')` : sql`('under_review')`;
  const events = await loadEvents(ctx.db, sql`e.organization_id = ${ctx.tenant.organizationId} AND e.state IN ${states}`, {
    order: sql`e.event_date, e.created_at, e.id`,
  });
  return events.map((e) => ({ ...e, permissions: permissionsOf(e, "organizer", ctx.locale) }));
}

/** What the organizer's event search takes: any of state, client, service and an event-date period. */
export interface OrganizerEventFilter {
  state?: string | undefined;
  clientId?: string | undefined;
  serviceId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The organizer's view of its events by state, client, service and period, for follow-up and credits. */
export async function organizerEvents(ctx: OrganizerContext, filter: OrganizerEventFilter) {
  const conditions = [sql`e.organization_id = ${ctx.tenant.organizationId}`];
  if (filter.state) conditions.push(sql`e.state = ${filter.state}`);
  if (filter.clientId) conditions.push(sql`e.client_id = ${filter.clientId}`);
  if (filter.serviceId) conditions.push(sql`e.service_id = ${filter.serviceId}`);
  if (filter.from) conditions.push(sql`e.event_date >= ${filter.from}`);
  if (filter.to) conditions.push(sql`e.event_date <= ${filter.to}`);
  const events = await loadEvents(ctx.db, sql.join(conditions, sql` AND `));
  return events.map((e) => ({ ...e, permissions: permissionsOf(e, "organizer", ctx.locale) }));
}

async function decide(ctx: OrganizerContext, eventId: string, command: "approve" | "reject", reason?: string) {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const before = await lockOrganizerEvent(tx, ctx.tenant.organizationId, eventId);
    const decision = decideEventTransition(before.state, command, { actor: "organizer" });
    if (!decision.ok) refuseCode(decision.code, decision.field === "state" ? "eventId" : decision.field, decision.params);
    await tx
      .update(voucherEvents)
      .set({ state: decision.state, rejectionReason: command === "reject" ? (reason ?? null) : null, updatedAt: now })
      .where(eq(voucherEvents.id, eventId));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: ctx.tenant.organizationId,
      action: command === "approve" ? "voucher.event.approved" : "voucher.event.rejected",
      entityType: "voucher_event",
      entityId: eventId,
      before: { state: before.state },
      after: { state: decision.state, ...(reason ? { reason } : {}) },
      requestId: ctx.requestId,
    });
    return { id: eventId, state: decision.state };
  });
}

export const approveEvent = (ctx: OrganizerContext, eventId: string) => decide(ctx, eventId, "approve");
export const rejectEvent = (ctx: OrganizerContext, eventId: string, reason: string) => decide(ctx, eventId, "reject", reason);

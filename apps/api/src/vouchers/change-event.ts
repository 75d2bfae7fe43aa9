import { eventPermissions, quantityToThousandths } from "@reskontra/domain";
import { and, eq } from "drizzle-orm";
import { voucherEvents, voucherPurchasingPowers, writeAudit, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import type { ProviderContext } from "./context";
import { lockClientAndVoucher, requireEventFits } from "./event-fit";
import { priceEvent } from "./event-pricing";
import { checkEventTime, listPrice, type EventFields } from "./record-event";
import { requireAllowed } from "./refuse";

async function lockOwnEvent(tx: DbOrTx, providerId: string, eventId: string) {
  const [event] = await tx
    .select()
    .from(voucherEvents)
    .where(and(eq(voucherEvents.id, eventId), eq(voucherEvents.providerId, providerId)))
    .for("update");
  if (!event) throw new AppError("VOUCHER_EVENT_NOT_FOUND", { field: "eventId" });
  return event;
}

function snapshot(e: typeof voucherEvents.$inferSelect) {
  return {
    state: e.state,
    eventDate: e.eventDate,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    content: e.content,
    unitsMilli: e.unitsMilli,
    unitPriceCents: e.unitPriceCents,
    priceCents: e.priceCents,
    voucherValueCents: e.voucherValueCents,
    coPaymentCents: e.coPaymentCents,
  };
}

/** Edits a recorded event; any other state, or one the settlement run has seen, is refused with the reason. */
export async function updateEvent(ctx: ProviderContext, eventId: string, fields: EventFields) {
  const providerId = ctx.tenant.organizationId;
  const unitsMilli = quantityToThousandths(fields.units, "units");
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const before = await lockOwnEvent(tx, providerId, eventId);
    requireAllowed(eventPermissions(before.state, "provider", { settledBySettlementRun: before.settlementId !== null }).edit);
    const eventDate = checkEventTime(ctx, fields);
    await lockClientAndVoucher(tx, before.clientId, before.purchasingPowerId);
    const [power] = await tx
      .select({ unitValueCents: voucherPurchasingPowers.unitValueCents })
      .from(voucherPurchasingPowers)
      .where(eq(voucherPurchasingPowers.id, before.purchasingPowerId));
    if (!power) throw new Error("event without its purchasing power");
    const unitPriceCents = fields.unitPriceCents ?? (await listPrice(tx, before.serviceId, providerId, eventDate));
    const amounts = priceEvent({ unitsMilli, unitPriceCents, unitValueCents: power.unitValueCents });
    await requireEventFits(tx, {
      clientId: before.clientId,
      providerId,
      purchasingPowerId: before.purchasingPowerId,
      eventId,
      startsAt: fields.startsAt,
      endsAt: fields.endsAt,
      unitsMilli,
      voucherValueCents: amounts.voucherValueCents,
    });
    const [after] = await tx
      .update(voucherEvents)
      .set({
        startsAt: fields.startsAt,
        endsAt: fields.endsAt,
        eventDate,
        content: fields.content,
        unitsMilli,
        unitPriceCents,
        ...amounts,
        updatedAt: now,
      })
      .where(eq(voucherEvents.id, eventId))
      .returning();
    if (!after) throw new Error("event update returned nothing");
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: providerId,
      action: "voucher.event.updated",
      entityType: "voucher_event",
      entityId: eventId,
      before: snapshot(before),
      after: snapshot(after),
      requestId: ctx.requestId,
    });
    return { id: eventId };
  });
}

/** Deletes a recorded, under-review or approved event not yet settled; the audit row keeps what it was. */
export async function deleteEvent(ctx: ProviderContext, eventId: string) {
  const providerId = ctx.tenant.organizationId;
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const before = await lockOwnEvent(tx, providerId, eventId);
    requireAllowed(eventPermissions(before.state, "provider", { settledBySettlementRun: before.settlementId !== null }).delete);
    await tx.delete(voucherEvents).where(eq(voucherEvents.id, eventId));
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: providerId,
      action: "voucher.event.deleted",
      entityType: "voucher_event",
      entityId: eventId,
      before: { ...snapshot(before), clientId: before.clientId, purchasingPowerId: before.purchasingPowerId },
      requestId: ctx.requestId,
    });
    return { id: eventId };
  });
}

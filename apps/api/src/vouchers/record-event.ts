import { addDays, compareIsoDates, formatDate, quantityToThousandths, toHelsinkiWallClock } from "@reskontra/domain";
import { and, eq, sql } from "drizzle-orm";
import { queryRows, voucherBookings, voucherEvents, voucherPurchasingPowers, writeAudit, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import { helsinkiToday, type ProviderContext } from "./context";
import { lockClientAndVoucher, requireEventFits } from "./event-fit";
import { priceEvent } from "./event-pricing";
import { loadVisibleClient } from "./visibility";

/** Events may be recorded for the current month and this many days back (DESIGN.md §2). */
export const LATE_RECORDING_DAYS = 60;

export interface EventFields {
  startsAt: Date;
  endsAt: Date;
  content: string;
  units: number;
  /** The provider's price per unit; from its price list when left out. */
  unitPriceCents?: number | undefined;
}

export interface RecordEventInput extends EventFields {
  clientId: string;
  purchasingPowerId: string;
  bookingId?: string | undefined;
}

/** The Helsinki date of the event, refused when it is in the future or more than 60 days back. */
export function checkEventTime(ctx: ProviderContext, fields: EventFields): string {
  if (fields.endsAt.getTime() <= fields.startsAt.getTime()) throw new AppError("EVENT_TIME_INVALID", { field: "endsAt" });
  const today = helsinkiToday(ctx);
  const eventDate = toHelsinkiWallClock(fields.startsAt.getTime()).date;
  if (fields.startsAt.getTime() > ctx.clock().getTime() || compareIsoDates(eventDate, today) > 0) {
    throw new AppError("EVENT_DATE_IN_FUTURE", { field: "startsAt" });
  }
  const earliest = addDays(today, -LATE_RECORDING_DAYS);
  if (compareIsoDates(eventDate, earliest) < 0) {
    throw new AppError("EVENT_DATE_TOO_OLD", {
      field: "startsAt",
      params: { earliest: formatDate(earliest, "fi"), earliestEn: formatDate(earliest, "en") },
    });
  }
  return eventDate;
}

/** The provider's own price for the day, else the service's general price. */
export async function listPrice(db: DbOrTx, serviceId: string, providerId: string, date: string): Promise<number> {
  const [row] = await queryRows<{ unit_price_cents: string | number }>(
    db,
    sql`SELECT unit_price_cents FROM voucher_service_prices
        WHERE service_id = ${serviceId} AND (provider_id = ${providerId} OR provider_id IS NULL)
          AND valid_from <= ${date} AND (valid_to IS NULL OR valid_to >= ${date})
        ORDER BY provider_id NULLS LAST, valid_from DESC LIMIT 1`,
  );
  if (!row) throw new AppError("SERVICE_PRICE_MISSING", { field: "unitPriceCents" });
  return Number(row.unit_price_cents);
}

export async function loadUsablePower(db: DbOrTx, providerId: string, clientId: string, powerId: string) {
  const [power] = await db
    .select()
    .from(voucherPurchasingPowers)
    .where(and(eq(voucherPurchasingPowers.id, powerId), eq(voucherPurchasingPowers.clientId, clientId)));
  if (!power) throw new AppError("PURCHASING_POWER_NOT_FOUND", { field: "purchasingPowerId" });
  if (power.providerId !== null && power.providerId !== providerId) {
    throw new AppError("PURCHASING_POWER_OTHER_PROVIDER", { field: "purchasingPowerId" });
  }
  if (power.status === "closed") throw new AppError("PURCHASING_POWER_CLOSED", { field: "purchasingPowerId" });
  return power;
}

/**
 * Records an event against a purchasing power. More units than the voucher has left, more hours
 * than the time slot holds, or a time overlapping the client's other event are refused at the
 * field, under the client's and the voucher's row locks so two saves at once cannot both pass.
 * Out-of-validity events are accepted here and sent to review by the automatic check, as the
 * organizer decides them, not the form.
 */
export async function recordEvent(ctx: ProviderContext, input: RecordEventInput) {
  const providerId = ctx.tenant.organizationId;
  const eventDate = checkEventTime(ctx, input);
  const unitsMilli = quantityToThousandths(input.units, "units");
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    await loadVisibleClient(tx, providerId, input.clientId, helsinkiToday(ctx));
    await lockClientAndVoucher(tx, input.clientId, input.purchasingPowerId);
    const power = await loadUsablePower(tx, providerId, input.clientId, input.purchasingPowerId);
    if (input.bookingId) {
      const [booking] = await tx
        .select({ id: voucherBookings.id })
        .from(voucherBookings)
        .where(
          and(
            eq(voucherBookings.id, input.bookingId),
            eq(voucherBookings.providerId, providerId),
            eq(voucherBookings.purchasingPowerId, power.id),
          ),
        );
      if (!booking) throw new AppError("BOOKING_NOT_FOUND", { field: "bookingId" });
    }
    const unitPriceCents = input.unitPriceCents ?? (await listPrice(tx, power.serviceId, providerId, eventDate));
    const amounts = priceEvent({ unitsMilli, unitPriceCents, unitValueCents: power.unitValueCents });
    await requireEventFits(tx, {
      clientId: input.clientId,
      providerId,
      purchasingPowerId: power.id,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      unitsMilli,
      voucherValueCents: amounts.voucherValueCents,
    });
    const [event] = await tx
      .insert(voucherEvents)
      .values({
        organizationId: power.organizationId,
        providerId,
        recordedBy: ctx.auth.user.id,
        clientId: input.clientId,
        purchasingPowerId: power.id,
        serviceId: power.serviceId,
        bookingId: input.bookingId ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        eventDate,
        content: input.content,
        unitsMilli,
        unitPriceCents,
        ...amounts,
        state: "recorded",
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: voucherEvents.id });
    if (!event) throw new Error("event insert returned nothing");
    // The first event puts a granted voucher in use.
    if (power.status === "granted") {
      await tx.update(voucherPurchasingPowers).set({ status: "open" }).where(eq(voucherPurchasingPowers.id, power.id));
    }
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId: providerId,
      action: "voucher.event.recorded",
      entityType: "voucher_event",
      entityId: event.id,
      after: { eventDate, unitsMilli, unitPriceCents, ...amounts, voucherNumber: power.voucherNumber },
      requestId: ctx.requestId,
    });
    return { id: event.id };
  });
}

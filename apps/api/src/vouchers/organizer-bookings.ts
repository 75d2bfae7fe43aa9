import { toHelsinkiWallClock } from "@reskontra/domain";
import { and, eq } from "drizzle-orm";
import { voucherBookings, voucherPurchasingPowers, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import type { OrganizerContext } from "./context";
import { requireProviderOfOrganizer } from "./organizer-providers";

export interface NewBooking {
  clientId: string;
  purchasingPowerId: string;
  providerId: string;
  startsAt: Date;
  endsAt: Date;
  content: string;
}

/**
 * The organizer books a service against a client's purchasing power with a provider (palveluvaraus).
 * The booking makes the client visible to that provider (the triggers of migration 0009 update the
 * search index in the same statement), so every check is on this county's own rows.
 */
export async function createBooking(ctx: OrganizerContext, input: NewBooking) {
  const organizationId = ctx.tenant.organizationId;
  const now = ctx.clock();
  if (input.endsAt.getTime() <= input.startsAt.getTime()) throw new AppError("EVENT_TIME_INVALID", { field: "endsAt" });
  return ctx.db.transaction(async (tx) => {
    const [power] = await tx
      .select()
      .from(voucherPurchasingPowers)
      .where(
        and(eq(voucherPurchasingPowers.id, input.purchasingPowerId), eq(voucherPurchasingPowers.organizationId, organizationId)),
      );
    // Another county's client or power is "not found", revealing nothing about it.
    if (!power) throw new AppError("PURCHASING_POWER_NOT_FOUND", { field: "purchasingPowerId" });
    if (power.clientId !== input.clientId) throw new AppError("PURCHASING_POWER_NOT_FOUND", { field: "purchasingPowerId" });
    if (power.status === "closed") throw new AppError("PURCHASING_POWER_CLOSED", { field: "purchasingPowerId" });
    // Before the power's own provider is compared, so another county's provider learns nothing of it.
    await requireProviderOfOrganizer(tx, organizationId, input.providerId);
    if (power.providerId !== null && power.providerId !== input.providerId)
      throw new AppError("PURCHASING_POWER_OTHER_PROVIDER", { field: "providerId" });
    const bookingDate = toHelsinkiWallClock(input.startsAt.getTime()).date;
    const [booking] = await tx
      .insert(voucherBookings)
      .values({
        organizationId,
        providerId: input.providerId,
        clientId: input.clientId,
        purchasingPowerId: power.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        bookingDate,
        content: input.content,
        createdAt: now,
      })
      .returning({ id: voucherBookings.id });
    if (!booking) throw new Error("booking insert returned nothing");
    await writeAudit(tx, {
      at: now,
      actorUserId: ctx.auth.user.id,
      organizationId,
      action: "voucher.booking.created",
      entityType: "voucher_booking",
      entityId: booking.id,
      after: {
        clientId: input.clientId,
        providerId: input.providerId,
        voucherNumber: power.voucherNumber,
        bookingDate,
        content: input.content,
      },
      requestId: ctx.requestId,
    });
    return { id: booking.id };
  });
}

import { helsinkiWallClockToEpoch } from "@reskontra/domain";
import { and, eq } from "drizzle-orm";
import { voucherEvents, voucherPurchasingPowers } from "@reskontra/db";
import type { Harness } from "../testing/harness";

export const VILLE = "ville.virtanen@demo.reskontra.fi";
export const OLLI = "jarjestaja@demo.reskontra.fi";
export const AINO = "aino.aalto@demo.reskontra.fi";

/** "2026-04-06T10:00" in Helsinki wall-clock time as an instant. */
export function hki(local: string): Date {
  const [date = "", time = "00:00"] = local.split("T");
  const [h = "0", m = "0"] = time.split(":");
  return new Date(helsinkiWallClockToEpoch(date, Number(h) * 60 + Number(m)));
}

export async function voucherActors(h: Harness) {
  const ville = await h.as(VILLE);
  const olli = await h.as(OLLI);
  const provider = { organizationId: h.demo.organizationIds.virtanen };
  const organizer = { organizationId: h.demo.organizationIds.pirkanmaa };
  return { ville, olli, provider, organizer };
}

/** A demo voucher of Pirkanmaa: numbers are unique per organizer only. */
export async function powerOf(h: Harness, voucherNumber: string) {
  const [power] = await h.deps.db
    .select()
    .from(voucherPurchasingPowers)
    .where(
      and(
        eq(voucherPurchasingPowers.organizationId, h.demo.organizationIds.pirkanmaa),
        eq(voucherPurchasingPowers.voucherNumber, voucherNumber),
      ),
    );
  if (!power) throw new Error(`demo power ${voucherNumber} missing`);
  return power;
}

/** An event at `local` Helsinki time against a demo voucher, one hour long or as long as its hours. */
export function eventAt(power: { id: string; clientId: string }, local: string, content = "Käynti", units = 1) {
  const startsAt = hki(local);
  return {
    clientId: power.clientId,
    purchasingPowerId: power.id,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + Math.max(1, units) * 3_600_000).toISOString(),
    content,
    units,
  };
}

/**
 * An event written straight into the table, as an import or an older version would have: none of
 * the save's refusals run, so the automatic check is what must flag it. `hours` long from `local`.
 */
export async function eventBehindApi(
  h: Harness,
  power: typeof voucherPurchasingPowers.$inferSelect,
  local: string,
  units: number,
  hours = units,
) {
  const startsAt = hki(local);
  const unitsMilli = Math.round(units * 1000);
  const valueCents = Math.round(units * power.unitValueCents);
  const [row] = await h.deps.db
    .insert(voucherEvents)
    .values({
      organizationId: power.organizationId,
      providerId: h.demo.organizationIds.virtanen,
      recordedBy: h.demo.userIds[VILLE] ?? "",
      clientId: power.clientId,
      purchasingPowerId: power.id,
      serviceId: power.serviceId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + hours * 3_600_000),
      eventDate: local.slice(0, 10),
      content: "Tuotu tapahtuma",
      unitsMilli,
      unitPriceCents: power.unitValueCents,
      priceCents: valueCents,
      voucherValueCents: valueCents,
      coPaymentCents: 0,
      state: "recorded",
    })
    .returning({ id: voucherEvents.id });
  if (!row) throw new Error("event insert returned nothing");
  return row;
}

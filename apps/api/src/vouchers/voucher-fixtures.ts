import { helsinkiWallClockToEpoch } from "@reskontra/domain";
import { eq } from "drizzle-orm";
import { voucherPurchasingPowers } from "@reskontra/db";
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

export async function powerOf(h: Harness, voucherNumber: string) {
  const [power] = await h.deps.db
    .select()
    .from(voucherPurchasingPowers)
    .where(eq(voucherPurchasingPowers.voucherNumber, voucherNumber));
  if (!power) throw new Error(`demo power ${voucherNumber} missing`);
  return power;
}

/** A one-hour event at `local` Helsinki time against a demo voucher. */
export function eventAt(power: { id: string; clientId: string }, local: string, content = "Käynti", units = 1) {
  const startsAt = hki(local);
  return {
    clientId: power.clientId,
    purchasingPowerId: power.id,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    content,
    units,
  };
}

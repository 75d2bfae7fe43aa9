import { checkUnitsFitSlot, checkUnitsLeft, formatDateTime, toHelsinkiWallClock } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";
import { refuseCode } from "./refuse";

export interface EventToFit {
  clientId: string;
  providerId: string;
  purchasingPowerId: string;
  /** The event being edited: its own units and time do not count against it. */
  eventId?: string | undefined;
  startsAt: Date;
  endsAt: Date;
  unitsMilli: number;
  voucherValueCents: number;
}

/**
 * Takes the client's and the voucher's row locks, in that order, so two saves for one client run
 * one after the other: the second sees the first's units and time and is refused if they no
 * longer fit. Call first in the saving transaction, before anything is read from the voucher.
 */
export async function lockClientAndVoucher(tx: DbOrTx, clientId: string, purchasingPowerId: string): Promise<void> {
  await queryRows(tx, sql`SELECT id FROM voucher_clients WHERE id = ${clientId} FOR NO KEY UPDATE`);
  await queryRows(tx, sql`SELECT id FROM voucher_purchasing_powers WHERE id = ${purchasingPowerId} FOR NO KEY UPDATE`);
}

/**
 * Refuses at the field an event that the voucher cannot carry: more units than are left, more
 * hours than its time slot holds, or a time that overlaps the client's other event with the same
 * provider. Rejected events use nothing. Runs under lockClientAndVoucher's locks.
 */
export async function requireEventFits(tx: DbOrTx, event: EventToFit): Promise<void> {
  const self = event.eventId ?? null;
  const [voucher] = await queryRows<{
    kind: "units" | "balance";
    quantity_milli: string | number | null;
    balance_cents: string | number | null;
    unit: string;
    used_milli: string | number;
    used_cents: string | number;
  }>(
    tx,
    sql`SELECT p.kind, p.quantity_milli, p.balance_cents, s.unit,
               coalesce(sum(e.units_milli), 0) AS used_milli, coalesce(sum(e.voucher_value_cents), 0) AS used_cents
        FROM voucher_purchasing_powers p
        JOIN voucher_services s ON s.id = p.service_id
        LEFT JOIN voucher_events e ON e.purchasing_power_id = p.id AND e.state <> 'rejected'
             AND (${self}::uuid IS NULL OR e.id <> ${self}::uuid)
        WHERE p.id = ${event.purchasingPowerId}
        GROUP BY p.id, s.unit`,
  );
  if (!voucher) throw new AppError("PURCHASING_POWER_NOT_FOUND", { field: "purchasingPowerId" });
  // What is left on the voucher first: 1 000 h is refused for the voucher, whatever its slot.
  const left = checkUnitsLeft(
    {
      kind: voucher.kind,
      quantityMilli: voucher.quantity_milli === null ? null : Number(voucher.quantity_milli),
      balanceCents: voucher.balance_cents === null ? null : Number(voucher.balance_cents),
      usedMilli: Number(voucher.used_milli),
      usedCents: Number(voucher.used_cents),
    },
    { unitsMilli: event.unitsMilli, voucherValueCents: event.voucherValueCents, unit: voucher.unit },
  );
  if (!left.ok) refuseCode(left.code, left.field, left.params);
  const slot = checkUnitsFitSlot({
    unit: voucher.unit,
    unitsMilli: event.unitsMilli,
    startsAtMs: event.startsAt.getTime(),
    endsAtMs: event.endsAt.getTime(),
  });
  if (!slot.ok) refuseCode(slot.code, slot.field, slot.params);
  const [other] = await queryRows<{ starts_at: Date | string; ends_at: Date | string }>(
    tx,
    sql`SELECT starts_at, ends_at FROM voucher_events
        WHERE client_id = ${event.clientId} AND provider_id = ${event.providerId} AND state <> 'rejected'
          AND (${self}::uuid IS NULL OR id <> ${self}::uuid)
          AND starts_at < ${event.endsAt.toISOString()}::timestamptz AND ends_at > ${event.startsAt.toISOString()}::timestamptz
        ORDER BY starts_at LIMIT 1`,
  );
  if (other) {
    throw new AppError("EVENT_OVERLAPS", {
      field: "startsAt",
      params: { when: slotText(other.starts_at, other.ends_at, "fi"), whenEn: slotText(other.starts_at, other.ends_at, "en") },
    });
  }
}

/** "3.11.2026 klo 09.00–11.00" / "3 Nov 2026 09:00–11:00". */
function slotText(startsAt: Date | string, endsAt: Date | string, locale: "fi" | "en"): string {
  const end = toHelsinkiWallClock(new Date(endsAt).getTime()).minuteOfDay;
  const hh = String(Math.floor(end / 60)).padStart(2, "0");
  const mm = String(end % 60).padStart(2, "0");
  return `${formatDateTime(new Date(startsAt), locale)}–${locale === "fi" ? `${hh}.${mm}` : `${hh}:${mm}`}`;
}

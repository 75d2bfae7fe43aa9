import { refuse, type Result } from "../shared/errors";
import { formatMoney } from "../shared/money-format";
import type { PurchasingPowerKind } from "./purchasing-power";

/** What a voucher has left before this event: units in thousandths, or a euro balance. */
export interface VoucherLeft {
  kind: PurchasingPowerKind;
  /** Units granted (units vouchers), thousandths. */
  quantityMilli: number | null;
  /** Euros granted (balance vouchers). */
  balanceCents: number | null;
  /** What the voucher's other non-rejected events already use. */
  usedMilli: number;
  usedCents: number;
}

/** "36500" → "36,5", "1000000" → "1 000": units as a Finnish reader writes them. */
export function formatUnitsFi(milli: number): string {
  const negative = milli < 0;
  const abs = Math.abs(Math.trunc(milli));
  const whole = Math.floor(abs / 1000)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  const fraction = (abs % 1000).toString().padStart(3, "0").replace(/0+$/, "");
  return `${negative ? "−" : ""}${whole}${fraction ? `,${fraction}` : ""}`;
}

/** "36,5 h", "1 käynti", "3 käyntiä": a count with its unit, the Finnish partitive after any count but one. */
export function formatUnitCount(milli: number, unit: string): string {
  const partitive = unit === "käynti" && milli !== 1000 ? "käyntiä" : unit;
  return `${formatUnitsFi(milli)} ${partitive}`;
}

/**
 * An event may use at most what is left on its voucher: units on a units voucher, the voucher's
 * share in euros on a balance voucher. Refused at the units field, saying what is left, so
 * 1 000 h on a voucher with 36,5 h left never leaves it at −963,5 h.
 */
export function checkUnitsLeft(
  voucher: VoucherLeft,
  event: { unitsMilli: number; voucherValueCents: number; unit: string },
): Result<{ leftAfterMilli: number | null; leftAfterCents: number | null }> {
  if (voucher.kind === "units") {
    const left = Math.max(0, (voucher.quantityMilli ?? 0) - voucher.usedMilli);
    if (event.unitsMilli > left) {
      return refuse("EVENT_UNITS_EXCEED_VOUCHER", "units", {
        left: formatUnitCount(left, event.unit),
        asked: formatUnitCount(event.unitsMilli, event.unit),
      });
    }
    return { ok: true, leftAfterMilli: left - event.unitsMilli, leftAfterCents: null };
  }
  const left = Math.max(0, (voucher.balanceCents ?? 0) - voucher.usedCents);
  if (event.voucherValueCents > left) {
    return refuse("EVENT_VALUE_EXCEEDS_BALANCE", "units", {
      left: formatMoney(left, "fi"),
      asked: formatMoney(event.voucherValueCents, "fi"),
    });
  }
  return { ok: true, leftAfterMilli: null, leftAfterCents: left - event.voucherValueCents };
}

const MILLIS_PER_UNIT: Readonly<Record<string, number>> = { h: 3_600_000, min: 60_000 };

/**
 * Time-counted units (hours, minutes) must fit the event's slot: 5 h cannot be recorded for
 * 9.00–10.00. Units that are not time (a visit, "käynti") fit any slot.
 */
export function checkUnitsFitSlot(event: { unit: string; unitsMilli: number; startsAtMs: number; endsAtMs: number }): Result {
  const perUnit = MILLIS_PER_UNIT[event.unit.trim().toLowerCase()];
  if (perUnit === undefined) return { ok: true };
  const slotMs = event.endsAtMs - event.startsAtMs;
  // Compared in whole numbers: units are thousandths, so unitsMilli × perUnit is the slot in ms × 1000.
  if (event.unitsMilli * perUnit > slotMs * 1000) {
    const slotMilli = Math.floor((slotMs * 1000) / perUnit);
    return refuse("EVENT_UNITS_EXCEED_SLOT", "units", {
      asked: formatUnitCount(event.unitsMilli, event.unit),
      slot: formatUnitCount(slotMilli, event.unit),
    });
  }
  return { ok: true };
}

export interface TimeSlot {
  startsAtMs: number;
  endsAtMs: number;
}

/** Two half-open slots [start, end) overlap when each starts before the other ends; back to back is fine. */
export function slotsOverlap(a: TimeSlot, b: TimeSlot): boolean {
  return a.startsAtMs < b.endsAtMs && b.startsAtMs < a.endsAtMs;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkUnitsFitSlot,
  checkUnitsLeft,
  formatUnitCount,
  formatUnitsFi,
  slotsOverlap,
  type VoucherLeft,
} from "./event-sanity";

const HOUR = 3_600_000;
// The demo's home-care voucher PS-2026-0002: 40 h granted, 3,5 h used by two November visits.
const homeCare: VoucherLeft = { kind: "units", quantityMilli: 40_000, balanceCents: null, usedMilli: 3_500, usedCents: 0 };

describe("what is left on a voucher", () => {
  it("refuses 1 000 h on a voucher with 36,5 h left, saying what is left", () => {
    expect(checkUnitsLeft(homeCare, { unitsMilli: 1_000_000, voucherValueCents: 0, unit: "h" })).toEqual({
      ok: false,
      code: "EVENT_UNITS_EXCEED_VOUCHER",
      field: "units",
      params: { left: "36,5 h", asked: "1\u00a0000 h" },
    });
  });

  it("accepts exactly what is left and leaves nothing", () => {
    expect(checkUnitsLeft(homeCare, { unitsMilli: 36_500, voucherValueCents: 0, unit: "h" })).toEqual({
      ok: true,
      leftAfterMilli: 0,
      leftAfterCents: null,
    });
  });

  it("refuses a balance voucher's event whose voucher share is more than the balance left", () => {
    const cleaning: VoucherLeft = {
      kind: "balance",
      quantityMilli: null,
      balanceCents: 150_000,
      usedMilli: 0,
      usedCents: 10_500,
    };
    expect(checkUnitsLeft(cleaning, { unitsMilli: 40_000, voucherValueCents: 140_000, unit: "h" })).toMatchObject({
      ok: false,
      code: "EVENT_VALUE_EXCEEDS_BALANCE",
      params: { left: "1\u00a0395,00\u00a0€", asked: "1\u00a0400,00\u00a0€" },
    });
  });

  it("never leaves a voucher below zero, whatever is recorded one after another (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 2_000_000 }), { maxLength: 20 }),
        (quantityMilli, attempts) => {
          let usedMilli = 0;
          for (const unitsMilli of attempts) {
            const answer = checkUnitsLeft(
              { kind: "units", quantityMilli, balanceCents: null, usedMilli, usedCents: 0 },
              { unitsMilli, voucherValueCents: 0, unit: "h" },
            );
            const fits = usedMilli + unitsMilli <= quantityMilli;
            expect(answer.ok).toBe(fits);
            if (answer.ok) usedMilli += unitsMilli;
          }
          expect(usedMilli).toBeLessThanOrEqual(quantityMilli);
        },
      ),
    );
  });
});

describe("units in the event's time", () => {
  const nineToTen = { startsAtMs: 9 * HOUR, endsAtMs: 10 * HOUR };

  it("refuses 5 h recorded for 9.00–10.00", () => {
    expect(checkUnitsFitSlot({ unit: "h", unitsMilli: 5_000, ...nineToTen })).toEqual({
      ok: false,
      code: "EVENT_UNITS_EXCEED_SLOT",
      field: "units",
      params: { asked: "5 h", slot: "1 h" },
    });
  });

  it("accepts 1 h or less in a one-hour slot, and a visit in any slot", () => {
    expect(checkUnitsFitSlot({ unit: "h", unitsMilli: 1_000, ...nineToTen }).ok).toBe(true);
    expect(checkUnitsFitSlot({ unit: "h", unitsMilli: 750, ...nineToTen }).ok).toBe(true);
    expect(checkUnitsFitSlot({ unit: "käynti", unitsMilli: 3_000, ...nineToTen }).ok).toBe(true);
  });

  it("fits hours exactly when the slot is at least that long (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24_000 }), fc.integer({ min: 1, max: 24 * 60 }), (unitsMilli, minutes) => {
        const ok = checkUnitsFitSlot({ unit: "h", unitsMilli, startsAtMs: 0, endsAtMs: minutes * 60_000 }).ok;
        expect(ok).toBe(unitsMilli * 60 <= minutes * 1000);
      }),
    );
  });
});

describe("overlapping events", () => {
  it("sees 9.30–10.30 overlap 9.00–10.00 but not 10.00–11.00 right after it", () => {
    const nine = { startsAtMs: 9 * HOUR, endsAtMs: 10 * HOUR };
    expect(slotsOverlap(nine, { startsAtMs: 9.5 * HOUR, endsAtMs: 10.5 * HOUR })).toBe(true);
    expect(slotsOverlap(nine, { startsAtMs: 10 * HOUR, endsAtMs: 11 * HOUR })).toBe(false);
    expect(slotsOverlap(nine, { startsAtMs: 8 * HOUR, endsAtMs: 12 * HOUR })).toBe(true);
  });

  it("is symmetric (property)", () => {
    const slot = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
      .map(([s, d]) => ({ startsAtMs: s, endsAtMs: s + d }));
    fc.assert(fc.property(slot, slot, (a, b) => slotsOverlap(a, b) === slotsOverlap(b, a)));
  });
});

describe("units written for a reader", () => {
  it("writes thousandths the Finnish way", () => {
    expect(formatUnitsFi(36_500)).toBe("36,5");
    expect(formatUnitsFi(1_250)).toBe("1,25");
    expect(formatUnitsFi(-963_500)).toBe("−963,5");
    expect(formatUnitCount(1_000, "käynti")).toBe("1 käynti");
    expect(formatUnitCount(0, "käynti")).toBe("0 käyntiä");
  });
});

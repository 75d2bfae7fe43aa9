import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../shared/dates";
import { lateInterest, lateInterestCents } from "./late-interest";
import { REFERENCE_RATES, halfYearSpan, type ReferenceRatePeriod } from "./reference-rates";

const rates = REFERENCE_RATES;

describe("lateInterestCents", () => {
  it("1 000 € for 30 days in H1/2026: consumer 9,5 % → 7,81 €, business 10,5 % → 8,63 €", () => {
    // 100000 × 0.095 × 30 / 365 = 780.82; 100000 × 0.105 × 30 / 365 = 863.01
    expect(lateInterestCents({ principalCents: 100000, from: "2026-01-31", to: "2026-03-02", customerKind: "consumer", rates })).toBe(
      781,
    );
    expect(lateInterestCents({ principalCents: 100000, from: "2026-01-31", to: "2026-03-02", customerKind: "business", rates })).toBe(
      863,
    );
  });
  it("uses each day's half-year rate across a period boundary", () => {
    // 10 days at 4,5 + 7 % (Dec 2024) and 10 days at 3,5 + 7 % (Jan 2025): 100000 × 2.2 / 365 = 602.74
    expect(lateInterestCents({ principalCents: 100000, from: "2024-12-21", to: "2025-01-10", customerKind: "consumer", rates })).toBe(
      603,
    );
  });
  it("nothing before the due date passes", () => {
    expect(lateInterestCents({ principalCents: 100000, from: "2026-03-01", to: "2026-03-01", customerKind: "consumer", rates })).toBe(
      0,
    );
  });
  it("refuses a period whose reference rate is not in the data", () => {
    const without = rates.filter((r) => r.from !== "2025-07-01");
    expect(() =>
      lateInterestCents({ principalCents: 100000, from: "2025-06-30", to: "2025-07-05", customerKind: "consumer", rates: without }),
    ).toThrow(expect.objectContaining({ code: "REFERENCE_RATE_MISSING", params: { date: "2025-07-01" } }));
  });
});

describe("lateInterest by half-year (Interest Act 4 § and 12 §)", () => {
  it("issue 12: 1 000 € consumer invoice due 15.5.2026, reminded 2.12.2026 → 46 + 155 days at 9,5 % = 52,32 €", () => {
    // 16.5.–30.6.: 100000 × 0.095 × 46 / 365 = 1197.26; 1.7.–2.12.: × 155 / 365 = 4034.25; exact sum 5231.51 → 5232
    const result = lateInterest({ principalCents: 100000, from: "2026-05-15", to: "2026-12-02", customerKind: "consumer", rates });
    expect(result).toEqual({
      ok: true,
      cents: 5232,
      days: 201,
      periods: [
        { from: "2026-05-16", to: "2026-06-30", days: 46, referenceRateBp: 250, rateBp: 950, cents: 1198 },
        { from: "2026-07-01", to: "2026-12-02", days: 155, referenceRateBp: 250, rateBp: 950, cents: 4034 },
      ],
    });
  });
  it("1.7.–31.12.2025 is 2,5 % (ECB 2,15 % rounded up to the next half point)", () => {
    const result = lateInterest({ principalCents: 100000, from: "2025-06-30", to: "2025-07-31", customerKind: "business", rates });
    expect(result).toMatchObject({ ok: true, periods: [{ from: "2025-07-01", to: "2025-07-31", days: 31, rateBp: 1050 }] });
  });
  it("names every half-year the span crosses whose rate is missing", () => {
    const result = lateInterest({ principalCents: 100000, from: "2026-12-15", to: "2027-08-01", customerKind: "consumer", rates });
    expect(result).toEqual({
      ok: false,
      code: "REFERENCE_RATE_MISSING",
      missing: [halfYearSpan(2027, 1), halfYearSpan(2027, 2)],
    });
  });
});

describe("lateInterest properties", () => {
  const day = fc.integer({ min: 0, max: 2 * 365 }).map((n) => addDays("2023-01-01", n));
  const principal = fc.integer({ min: 0, max: 100_000_000 });
  const kind = fc.constantFrom("consumer" as const, "business" as const);
  const flat: ReferenceRatePeriod[] = [{ from: "2000-01-01", to: "2099-12-31", rateBp: 250, source: "test" }];
  const asHalfYears = (rateBp: number): ReferenceRatePeriod[] =>
    Array.from({ length: 20 }, (_, i) => halfYearSpan(2020 + Math.floor(i / 2), i % 2 === 0 ? 1 : 2)).map((h) => ({
      from: h.from,
      to: h.to,
      rateBp,
      source: "test",
    }));

  it("the periods' days add up to the span, whatever the dates, and their cents to the total", () => {
    fc.assert(
      fc.property(principal, day, fc.integer({ min: 0, max: 560 }), kind, (p, from, length, k) => {
        const to = addDays(from, length);
        const r = lateInterest({ principalCents: p, from, to, customerKind: k, rates });
        if (!r.ok) throw new Error("rates cover 2023–2026");
        if (p > 0) expect(r.periods.reduce((s, x) => s + x.days, 0)).toBe(daysBetween(from, to));
        expect(r.periods.reduce((s, x) => s + x.cents, 0)).toBe(r.cents);
      }),
      { numRuns: 300 },
    );
  });
  it("splitting at any date keeps the total days, and with equal rates the split total equals the unsplit one", () => {
    fc.assert(
      fc.property(principal, day, fc.integer({ min: 1, max: 800 }), fc.integer({ min: 0, max: 800 }), kind, (p, from, length, at, k) => {
        const to = addDays(from, length);
        const mid = addDays(from, at % (length + 1));
        const whole = lateInterest({ principalCents: p, from, to, customerKind: k, rates: flat });
        const halves = lateInterest({ principalCents: p, from, to, customerKind: k, rates: asHalfYears(250) });
        const first = lateInterest({ principalCents: p, from, to: mid, customerKind: k, rates: flat });
        const second = lateInterest({ principalCents: p, from: mid, to, customerKind: k, rates: flat });
        if (!whole.ok || !halves.ok || !first.ok || !second.ok) throw new Error("rates cover the span");
        expect(first.days + second.days).toBe(whole.days);
        // Rounded once at the end: splitting by half-year changes nothing; two separate totals differ by at most a cent.
        expect(halves.cents).toBe(whole.cents);
        expect(Math.abs(first.cents + second.cents - whole.cents)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
  it("never decreases as days pass", () => {
    fc.assert(
      fc.property(principal, day, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }), kind, (p, from, a, more, k) => {
        const shorter = lateInterestCents({ principalCents: p, from, to: addDays(from, a), customerKind: k, rates });
        const longer = lateInterestCents({ principalCents: p, from, to: addDays(from, a + more), customerKind: k, rates });
        expect(longer).toBeGreaterThanOrEqual(shorter);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the seed table", () => {
  it("2,5 % for H1/2026 (DESIGN.md), half-years without overlaps, every row cites a source", () => {
    expect(REFERENCE_RATES.find((r) => r.from === "2026-01-01")).toMatchObject({ to: "2026-06-30", rateBp: 250 });
    for (const r of REFERENCE_RATES) {
      expect(r.from.slice(5)).toMatch(/^(01-01|07-01)$/);
      expect(r.to.slice(5)).toMatch(/^(06-30|12-31)$/);
      expect(r.source).toContain("https://");
      expect(r.rateBp % 50).toBe(0);
    }
    const froms = REFERENCE_RATES.map((r) => r.from);
    expect([...froms].sort()).toEqual(froms);
    expect(new Set(froms).size).toBe(froms.length);
  });
});

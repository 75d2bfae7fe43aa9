import { describe, expect, it } from "vitest";
import { lateInterestCents } from "./late-interest";
import { REFERENCE_RATES } from "./reference-rates";

describe("lateInterestCents", () => {
  it("1 000 € for 30 days in H1/2026: consumer 9,5 % → 7,81 €, business 10,5 % → 8,63 €", () => {
    // 100000 × 0.095 × 30 / 365 = 780.82; 100000 × 0.105 × 30 / 365 = 863.01
    expect(lateInterestCents({ principalCents: 100000, from: "2026-01-31", to: "2026-03-02", customerKind: "consumer" })).toBe(
      781,
    );
    expect(lateInterestCents({ principalCents: 100000, from: "2026-01-31", to: "2026-03-02", customerKind: "business" })).toBe(
      863,
    );
  });
  it("uses each day's half-year rate across a period boundary", () => {
    // 10 days at 4,5 + 7 % (Dec 2024) and 10 days at 3,5 + 7 % (Jan 2025): 100000 × 2.2 / 365 = 602.74
    expect(lateInterestCents({ principalCents: 100000, from: "2024-12-21", to: "2025-01-10", customerKind: "consumer" })).toBe(
      603,
    );
  });
  it("nothing before the due date passes", () => {
    expect(lateInterestCents({ principalCents: 100000, from: "2026-03-01", to: "2026-03-01", customerKind: "consumer" })).toBe(0);
  });
  it("refuses a period whose reference rate is not in the data", () => {
    expect(() =>
      lateInterestCents({ principalCents: 100000, from: "2025-06-30", to: "2025-07-05", customerKind: "consumer" }),
    ).toThrow(expect.objectContaining({ code: "REFERENCE_RATE_MISSING", params: { date: "2025-07-01" } }));
    expect(
      lateInterestCents({
        principalCents: 100,
        from: "2025-07-01",
        to: "2025-07-02",
        customerKind: "consumer",
        rates: [{ from: "2025-07-01", to: "2025-12-31", rateBp: 200, source: "test" }],
      }),
    ).toBe(0);
  });
  it("the rate table: 2,5 % for H1/2026, half-years without overlaps, every row cites a source", () => {
    expect(REFERENCE_RATES.find((r) => r.from === "2026-01-01")).toMatchObject({ to: "2026-06-30", rateBp: 250 });
    for (const r of REFERENCE_RATES) {
      expect(r.from.slice(5)).toMatch(/^(01-01|07-01)$/);
      expect(r.to.slice(5)).toMatch(/^(06-30|12-31)$/);
      expect(r.source).toMatch(/^https:\/\//);
    }
    const froms = REFERENCE_RATES.map((r) => r.from);
    expect([...froms].sort()).toEqual(froms);
    expect(new Set(froms).size).toBe(froms.length);
  });
});

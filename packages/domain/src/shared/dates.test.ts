import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, yearsBefore } from "./dates";

describe("yearsBefore", () => {
  it("steps back whole calendar years; 29 February falls back to the 28th", () => {
    expect(yearsBefore("2026-11-23", 3)).toBe("2023-11-23");
    expect(yearsBefore("2024-02-29", 3)).toBe("2021-02-28");
    expect(yearsBefore("2028-02-29", 4)).toBe("2024-02-29");
  });

  it("is always between 365·n and 366·n days earlier", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 1, max: 10 }), (offset, years) => {
        const date = addDays("1950-01-01", offset);
        const days = daysBetween(yearsBefore(date, years), date);
        expect(days).toBeGreaterThanOrEqual(365 * years - 1);
        expect(days).toBeLessThanOrEqual(366 * years);
      }),
    );
  });
});

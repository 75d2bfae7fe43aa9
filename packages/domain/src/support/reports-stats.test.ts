import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { median, percentile, percentOf } from "./reports-stats";

describe("report statistics", () => {
  it("the median of an odd count is the middle value, of an even count the mean of the two middle ones", () => {
    expect(median([75, 60, 60])).toBe(60);
    expect(median([10, 40, 20, 30])).toBe(25);
    expect(median([])).toBeNull();
  });

  it("p90 is the nearest rank: of ten waits the ninth shortest, of three the longest", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([60, 75, 60], 90)).toBe(75);
    expect(percentile([42], 90)).toBe(42);
    expect(percentile([], 90)).toBeNull();
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });

  it("a share has one decimal and none of nothing", () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 0)).toBeNull();
  });

  const waits = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 200 });

  it("p90 is never below the median, and both lie within the values", () => {
    fc.assert(
      fc.property(waits, (values) => {
        const m = median(values) ?? Number.NaN;
        const p90 = percentile(values, 90) ?? Number.NaN;
        expect(p90).toBeGreaterThanOrEqual(m);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(p90).toBeLessThanOrEqual(Math.max(...values));
        expect(values).toContain(p90);
      }),
    );
  });

  it("a higher percentile is never smaller, and the order of the values does not matter", () => {
    fc.assert(
      fc.property(waits, fc.integer({ min: 1, max: 99 }), (values, p) => {
        expect(percentile(values, p + 1) ?? 0).toBeGreaterThanOrEqual(percentile(values, p) ?? 0);
        expect(percentile([...values].reverse(), p)).toBe(percentile(values, p));
        expect(median([...values].reverse())).toBe(median(values));
      }),
    );
  });

  it("a share lies between 0 and 100", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const pct = percentOf(Math.min(a, b), Math.max(a, b));
        if (Math.max(a, b) === 0) expect(pct).toBeNull();
        else {
          expect(pct).toBeGreaterThanOrEqual(0);
          expect(pct).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

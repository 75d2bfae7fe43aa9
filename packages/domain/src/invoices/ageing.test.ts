import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays } from "../shared/dates";
import { AGEING_BUCKETS, ageingBucket, daysOverdue, isAgeingBucket } from "./ageing";

describe("ageingBucket: not due, 1–30, 31–60, 61–90, > 90 days overdue", () => {
  it.each([
    [-5, "not_due"],
    [0, "not_due"],
    [1, "d1_30"],
    [30, "d1_30"],
    [31, "d31_60"],
    [60, "d31_60"],
    [61, "d61_90"],
    [90, "d61_90"],
    [91, "over_90"],
    [4000, "over_90"],
  ] as const)("%i days → %s", (days, bucket) => {
    expect(ageingBucket(days)).toBe(bucket);
  });

  it("never moves an older receivable into a younger bucket", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 400 }), (days, more) => {
        const order = (d: number) => AGEING_BUCKETS.indexOf(ageingBucket(d));
        expect(order(days + more)).toBeGreaterThanOrEqual(order(days));
      }),
    );
  });

  it("gives every day count exactly one of the listed buckets", () => {
    fc.assert(fc.property(fc.integer({ min: -10_000, max: 10_000 }), (days) => isAgeingBucket(ageingBucket(days))));
  });
});

describe("daysOverdue: calendar days after the due date on the business date", () => {
  it("counts 0 on the due date and before it, 1 the day after, across a month and a year end", () => {
    expect(daysOverdue("2026-11-30", "2026-11-29")).toBe(0);
    expect(daysOverdue("2026-11-30", "2026-11-30")).toBe(0);
    expect(daysOverdue("2026-11-30", "2026-12-01")).toBe(1);
    expect(daysOverdue("2026-12-15", "2027-01-14")).toBe(30);
    expect(daysOverdue("2024-02-28", "2024-03-01")).toBe(2);
  });

  it("is the number of days added to the due date", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -500, max: 500 }),
        (date, days) => {
          const due = date.toISOString().slice(0, 10);
          expect(daysOverdue(due, addDays(due, days))).toBe(Math.max(0, days));
        },
      ),
    );
  });
});

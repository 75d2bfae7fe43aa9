import { describe, expect, it } from "vitest";
import { formatPeriod, periodEnd, previousPeriod } from "./periods";

describe("settlement periods", () => {
  it("settles last month on the settlement day, covering events before the first of this month", () => {
    expect(previousPeriod("2026-05-05")).toBe("2026-04");
    expect(previousPeriod("2026-01-06")).toBe("2025-12");
    expect(periodEnd("2026-04")).toBe("2026-05-01");
    expect(periodEnd("2026-12")).toBe("2027-01-01");
    expect(periodEnd("2028-02")).toBe("2028-03-01");
  });
  it("refuses what is not a month", () => {
    expect(() => periodEnd("2026-13")).toThrow();
  });
});

describe("a period as a reader writes it", () => {
  it("writes November 2026 as 11/2026 in Finnish and Nov 2026 in English", () => {
    expect(formatPeriod("2026-11", "fi")).toBe("11/2026");
    expect(formatPeriod("2026-03")).toBe("3/2026");
    expect(formatPeriod("2026-11", "en")).toBe("Nov 2026");
  });
});

import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, parseMoney } from "./format";

describe("Finnish formats", () => {
  it("formats money with a no-break thousands space and a decimal comma", () => {
    expect(formatMoney(123456)).toBe("1\u00a0234,56\u00a0€");
    expect(formatMoney(5)).toBe("0,05\u00a0€");
    expect(formatMoney(-2000)).toBe("−20,00\u00a0€");
    expect(formatMoney(123456789, "en")).toBe("€1,234,567.89");
  });

  it("refuses money that is not integer cents", () => {
    expect(() => formatMoney(12.5)).toThrow(RangeError);
  });

  it("formats plain dates day first", () => {
    expect(formatDate("2026-11-22")).toBe("22.11.2026");
    expect(formatDate("2026-01-06", "en")).toBe("6 Jan 2026");
  });

  it("shows instants on the Helsinki clock across daylight saving", () => {
    expect(formatDateTime("2026-11-22T13:05:00Z")).toBe("22.11.2026 klo 15.05");
    expect(formatDateTime("2026-06-22T13:05:00Z")).toBe("22.6.2026 klo 16.05");
  });

  it("parses amounts typed either way and round-trips cents", () => {
    expect(parseMoney("1 234,56")).toBe(123456);
    expect(parseMoney("12")).toBe(1200);
    expect(parseMoney("0.5")).toBe(50);
    expect(parseMoney("1,234")).toBeNull();
    for (const cents of [0, 1, 99, 100, 123456, 99999999]) {
      expect(parseMoney(formatMoney(cents))).toBe(cents);
    }
  });
});

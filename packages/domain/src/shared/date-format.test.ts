import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./date-format";
import { helsinkiToday } from "./helsinki-time";
import { groupIban, groupReference } from "./grouping";

describe("formatDate", () => {
  it.each([
    ["2026-11-22", "fi", "22.11.2026"],
    ["2026-11-03", "fi", "3.11.2026"],
    ["2026-11-03", "en", "3 Nov 2026"],
  ] as const)("%s in %s → %s", (date, locale, text) => {
    expect(formatDate(date, locale)).toBe(text);
  });
  it("refuses anything but a plain date", () => {
    expect(() => formatDate("22.11.2026")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("shows an instant on the Helsinki clock across daylight saving", () => {
    expect(formatDateTime("2026-11-22T13:05:00Z")).toBe("22.11.2026 klo 15.05");
    expect(formatDateTime(new Date("2026-06-22T13:05:00Z"), "en")).toBe("22 Jun 2026 16:05");
  });
});

describe("helsinkiToday", () => {
  it("is Helsinki's date, not UTC's, around midnight in winter and summer", () => {
    expect(helsinkiToday(new Date("2026-11-22T21:59:59Z"))).toBe("2026-11-22");
    expect(helsinkiToday(new Date("2026-11-22T22:00:00Z"))).toBe("2026-11-23");
    expect(helsinkiToday(new Date("2026-06-30T20:59:59Z"))).toBe("2026-06-30");
    expect(helsinkiToday(new Date("2026-06-30T21:00:00Z"))).toBe("2026-07-01");
  });
});

describe("grouping", () => {
  it("groups an IBAN in fours", () => {
    expect(groupIban("FI2112345600000785")).toBe("FI21 1234 5600 0007 85");
    expect(groupIban("FI21 1234 56000007 85")).toBe("FI21 1234 5600 0007 85");
  });
  it("groups a national reference in fives from the right and an RF reference in fours", () => {
    expect(groupReference("100102578")).toBe("1001 02578");
    expect(groupReference("rf83 100102578")).toBe("RF83 1001 0257 8");
  });
});

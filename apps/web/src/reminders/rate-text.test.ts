import { describe, expect, it } from "vitest";
import { halfYearText, percentToBp, rateText } from "./rate-text";

describe("rate texts", () => {
  it("shows a rate in Finnish number format, 2,50 %", () => {
    expect(rateText(250, "fi")).toBe("2,50\u00a0%");
    expect(rateText(1050, "en")).toBe("10.50\u00a0%");
  });
  it("reads what an administrator types; a fraction of a basis point stays a fraction for the server to refuse", () => {
    expect(percentToBp("2,5")).toBe(250);
    expect(percentToBp(" 2.50 % ")).toBe(250);
    expect(percentToBp("-0,5")).toBe(-50);
    expect(percentToBp("2,155")).toBe(215.5);
    expect(percentToBp("kaksi")).toBeNaN();
    expect(percentToBp("")).toBeNaN();
  });
  it("names a half-year", () => {
    expect(halfYearText({ year: 2026, half: 2 })).toBe("1.7.–31.12.2026");
  });
});

import { describe, expect, it } from "vitest";
import {
  compactIban,
  formatAmountFinvoice,
  formatDateFi,
  formatDateFinvoice,
  formatDecimalFi,
  formatIban,
  formatMoneyFi,
  formatPercentFi,
  formatReference,
} from "./format-values";

const plain = (s: string): string => s.replace(/\u00a0/g, " ");

describe("format-values", () => {
  it.each([
    [0, "0,00 €"],
    [5, "0,05 €"],
    [99, "0,99 €"],
    [123456, "1 234,56 €"],
    [-11514, "-115,14 €"],
    [100000000, "1 000 000,00 €"],
    [Number.MAX_SAFE_INTEGER, "90 071 992 547 409,91 €"],
  ])("money %i cents → %s (no-break spaces)", (cents, expected) => {
    expect(plain(formatMoneyFi(cents))).toBe(expected);
    expect(formatMoneyFi(cents)).not.toContain(" ");
  });

  it("refuses money that is not integer cents", () => {
    expect(() => formatMoneyFi(12.5)).toThrow(RangeError);
    expect(() => formatAmountFinvoice(Number.NaN)).toThrow(RangeError);
  });

  it("formats Finvoice amounts without grouping", () => {
    expect(formatAmountFinvoice(123456)).toBe("1234,56");
    expect(formatAmountFinvoice(-11514)).toBe("-115,14");
    expect(formatAmountFinvoice(7)).toBe("0,07");
  });

  it("formats decimals and percentages with a comma", () => {
    expect(formatDecimalFi(25.5)).toBe("25,5");
    expect(formatDecimalFi(14)).toBe("14");
    expect(formatDecimalFi(0)).toBe("0");
    expect(formatDecimalFi(-1.25)).toBe("-1,25");
    expect(formatDecimalFi(0.1 + 0.2)).toBe("0,3");
    expect(plain(formatPercentFi(13.5))).toBe("13,5 %");
  });

  it("formats dates the Finnish way and for Finvoice", () => {
    expect(formatDateFi("2026-11-23")).toBe("23.11.2026");
    expect(formatDateFi("2026-01-05")).toBe("5.1.2026");
    expect(formatDateFinvoice("2026-01-05")).toBe("20260105");
    expect(() => formatDateFi("23.11.2026")).toThrow(RangeError);
  });

  it("groups IBANs by four and references by five from the right (RF by four)", () => {
    expect(formatIban("FI2112345600000785")).toBe("FI21 1234 5600 0007 85");
    expect(compactIban("fi21 1234 5600 0007 85")).toBe("FI2112345600000785");
    expect(formatReference("1234561")).toBe("12 34561");
    expect(formatReference("100102578")).toBe("1001 02578");
    expect(formatReference("1025")).toBe("1025");
    expect(formatReference("RF332348236")).toBe("RF33 2348 236");
  });
});

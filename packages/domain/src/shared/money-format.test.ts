import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEuroAmount, formatEurosFi, formatMoney, parseMoney } from "./money-format";

describe("formatMoney", () => {
  it.each([
    [123456, "fi", "1\u00a0234,56\u00a0€"],
    [123456, "en", "€1,234.56"],
    [5, "fi", "0,05\u00a0€"],
    [-123456789, "fi", "−1\u00a0234\u00a0567,89\u00a0€"],
    [-100, "en", "−€1.00"],
  ] as const)("%i in %s → %s", (cents, locale, text) => {
    expect(formatMoney(cents, locale)).toBe(text);
  });

  it("prints an ASCII minus for documents", () => {
    expect(formatMoney(-123456, "fi", { asciiMinus: true })).toBe("-1\u00a0234,56\u00a0€");
  });

  it("refuses anything but integer cents", () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
  });
});

describe("formatEuroAmount and formatEurosFi", () => {
  it("groups thousands for messages and leaves them out for input boxes", () => {
    expect(formatEuroAmount(500000)).toBe("5\u00a0000,00");
    expect(formatEuroAmount(500000, "en")).toBe("5,000.00");
    expect(formatEuroAmount(25, "en")).toBe("0.25");
    expect(formatEurosFi(500000)).toBe("5000,00");
    expect(formatEurosFi(-1250)).toBe("-12,50");
  });
});

describe("parseMoney", () => {
  it.each([
    ["1234,56", 123456],
    ["1 234.56", 123456],
    ["12", 1200],
    ["12,5", 1250],
    ["-0,05", -5],
    ["1\u00a0234,56\u00a0€", 123456],
    ["−12,00 €", -1200],
  ])("%s → %i", (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each(["", "abc", "1,234", "12,345", "1.2.3", "€"])("%s is not an amount", (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  const cents = fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 });
  it("reads back every amount it formats, in both languages and the input form", () => {
    fc.assert(
      fc.property(cents, (x) => {
        expect(parseMoney(formatMoney(x, "fi"))).toBe(x);
        expect(parseMoney(formatEurosFi(x))).toBe(x);
        expect(parseMoney(formatEuroAmount(x))).toBe(x);
        expect(parseMoney(formatMoney(x, "en").replace(/,/g, ""))).toBe(x);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { formatEurosFi } from "@reskontra/domain";
import { formatQuantity, formatRate, invoiceTotals, parseQuantityMilli, rateToBasisPoints } from "./invoice-amounts";

describe("invoice form arithmetic", () => {
  it("reads quantities typed the Finnish or the English way, up to three decimals", () => {
    expect(parseQuantityMilli("1,5")).toBe(1500);
    expect(parseQuantityMilli("2")).toBe(2000);
    expect(parseQuantityMilli("-0.125")).toBe(-125);
    expect(parseQuantityMilli("1,2345")).toBeNull();
    expect(parseQuantityMilli("abc")).toBeNull();
  });

  it("shows VAT 0,26 € for ten rows of 0,10 € at 25,5 % (each rate rounded once, EN 16931 BR-CO-17), not 0,30 €", () => {
    const row = { quantityMilli: 1000, unitPriceCents: 10, vatBasisPoints: 2550 };
    const totals = invoiceTotals(Array.from({ length: 10 }, () => row));
    expect(formatEurosFi(totals.vatCents)).toBe(formatEurosFi(26));
    expect(totals.byRate).toEqual([{ vatBasisPoints: 2550, netCents: 100, vatCents: 26, grossCents: 126 }]);
    expect(totals.grossCents).toBe(126);
  });

  it("shows live totals equal to what the server stores for the same rows", () => {
    // 2,5 h × 40,00 € at 25,5 % + 1 × 100,00 € at 14 % → 239,50 € (the api's integration test figure).
    const totals = invoiceTotals([
      { quantityMilli: 2500, unitPriceCents: 4000, vatBasisPoints: rateToBasisPoints("25.5") },
      { quantityMilli: 1000, unitPriceCents: 10000, vatBasisPoints: rateToBasisPoints("14") },
    ]);
    expect(totals.grossCents).toBe(23950);
    expect(totals.byRate.map((l) => [l.vatBasisPoints, l.vatCents])).toEqual([
      [2550, 2550],
      [1400, 1400],
    ]);
    expect(invoiceTotals([]).grossCents).toBe(0);
  });

  it("formats rates, quantities and input amounts so they read back exactly", () => {
    expect(formatRate(2550, "fi")).toBe("25,5");
    expect(formatRate(1400, "en")).toBe("14");
    expect(formatQuantity(1500, "fi")).toBe("1,5");
    expect(formatEurosFi(-1250)).toBe("-12,50");
    expect(parseQuantityMilli(formatQuantity(-125, "en"))).toBe(-125);
  });
});

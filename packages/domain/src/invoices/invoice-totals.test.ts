import { describe, expect, it } from "vitest";
import { calculateInvoiceTotals, calculateRowAmounts, quantityToThousandths } from "./invoice-totals";

describe("invoice rows and VAT", () => {
  it("1.5 h × 40,00 € at 25,5 % → net 60,00, VAT 15,30, gross 75,30", () => {
    expect(calculateRowAmounts({ quantity: 1.5, unitPriceCents: 4000, vatRatePercent: 25.5 })).toEqual({
      netCents: 6000,
      vatCents: 1530,
      grossCents: 7530,
    });
  });
  it("rounds half up: 0.333 × 1,50 € = 0,4995 → 0,50; VAT 13,5 % of 0,50 = 0,0675 → 0,07", () => {
    expect(calculateRowAmounts({ quantity: 0.333, unitPriceCents: 150, vatRatePercent: 13.5 })).toEqual({
      netCents: 50,
      vatCents: 7,
      grossCents: 57,
    });
  });
  it("a credit row rounds to the mirror image of its invoice row", () => {
    const debit = calculateRowAmounts({ quantity: 0.333, unitPriceCents: 150, vatRatePercent: 13.5 });
    const credit = calculateRowAmounts({ quantity: -0.333, unitPriceCents: 150, vatRatePercent: 13.5 });
    expect(credit).toEqual({ netCents: 0 - debit.netCents, vatCents: 0 - debit.vatCents, grossCents: 0 - debit.grossCents });
  });
  it("no float error: 0.1 × 3 units stays exact", () => {
    expect(quantityToThousandths(0.1 + 0.2)).toBe(300);
  });
  it("breakdown per rate, highest first, and totals that are the sums of the rows", () => {
    const t = calculateInvoiceTotals([
      { quantity: 2, unitPriceCents: 1000, vatRatePercent: 25.5 },
      { quantity: 1, unitPriceCents: 999, vatRatePercent: 14 },
      { quantity: 3, unitPriceCents: 333, vatRatePercent: 25.5 },
      { quantity: 1, unitPriceCents: 500, vatRatePercent: 0 },
      { quantity: 1, unitPriceCents: 1000, vatRatePercent: 10 },
    ]);
    expect(t.rows.map((r) => r.vatCents)).toEqual([510, 140, 255, 0, 100]);
    expect(t.vatBreakdown).toEqual([
      { vatRatePercent: 25.5, netCents: 2999, vatCents: 765, grossCents: 3764 },
      { vatRatePercent: 14, netCents: 999, vatCents: 140, grossCents: 1139 },
      { vatRatePercent: 10, netCents: 1000, vatCents: 100, grossCents: 1100 },
      { vatRatePercent: 0, netCents: 500, vatCents: 0, grossCents: 500 },
    ]);
    expect(t.totals).toEqual({ netCents: 5498, vatCents: 1005, grossCents: 6503 });
  });
  it.each([
    ["four decimals in quantity", { quantity: 1.0005, unitPriceCents: 100, vatRatePercent: 0 }, "QUANTITY_INVALID"],
    ["fractional cents", { quantity: 1, unitPriceCents: 10.5, vatRatePercent: 0 }, "AMOUNT_INVALID"],
    ["VAT over 100 %", { quantity: 1, unitPriceCents: 100, vatRatePercent: 101 }, "VAT_RATE_INVALID"],
    ["VAT with three decimals", { quantity: 1, unitPriceCents: 100, vatRatePercent: 25.555 }, "VAT_RATE_INVALID"],
  ])("refuses %s", (_n, row, code) => {
    expect(() => calculateInvoiceTotals([row])).toThrow(
      expect.objectContaining({ code, field: expect.stringMatching(/^rows\.0\./) }),
    );
  });
});

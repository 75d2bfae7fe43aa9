import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateInvoiceTotals, calculateRowAmounts, quantityToThousandths, summarizeVat } from "./invoice-totals";

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
  it("breakdown per rate, highest first; each rate's VAT from the sum of its rows' nets", () => {
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

// EN 16931-1:2017 BR-CO-17: "VAT category tax amount = VAT category taxable amount × (VAT category rate / 100),
// rounded to two decimals" — the rate is applied once to the sum of the rate's rows, not row by row.
describe("invoice VAT per rate (EN 16931 BR-CO-17)", () => {
  it("ten rows of 0,10 € at 25,5 % show VAT 0,26 €, not 0,30 €; each row still shows its own 0,03 €", () => {
    const t = calculateInvoiceTotals(
      Array.from({ length: 10 }, () => ({ quantity: 1, unitPriceCents: 10, vatRatePercent: 25.5 })),
    );
    expect(t.rows.every((r) => r.vatCents === 3 && r.grossCents === 13)).toBe(true);
    expect(t.vatBreakdown).toEqual([{ vatRatePercent: 25.5, netCents: 100, vatCents: 26, grossCents: 126 }]);
    expect(t.totals).toEqual({ netCents: 100, vatCents: 26, grossCents: 126 });
  });

  it("rounds each rate once, half up: 3 × 0,15 € at 14 % → base 0,45 €, VAT 0,063 → 0,06 €", () => {
    const { vatBreakdown } = summarizeVat([15, 15, 15].map((netCents) => ({ vatRatePercent: 14, netCents })));
    expect(vatBreakdown).toEqual([{ vatRatePercent: 14, netCents: 45, vatCents: 6, grossCents: 51 }]);
  });

  const rate = fc.constantFrom(25.5, 14, 13.5, 10, 0);
  const row = fc.record({
    quantity: fc.integer({ min: -5_000, max: 100_000 }).map((milli) => milli / 1000),
    unitPriceCents: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    vatRatePercent: rate,
  });
  const rows = fc.array(row, { minLength: 1, maxLength: 25 });

  it("property: a rate's VAT is its rows' net sum × rate rounded once, so the total VAT is within half a cent per rate of the exact VAT", () => {
    fc.assert(
      fc.property(rows, (input) => {
        const t = calculateInvoiceTotals(input);
        // Exact VAT in hundred-thousandths of a cent (basis points × cents), summed over all rows.
        let exact = 0;
        t.rows.forEach((r, i) => (exact += r.netCents * Math.round((input[i]?.vatRatePercent ?? 0) * 100)));
        expect(Math.abs(t.totals.vatCents * 10_000 - exact)).toBeLessThanOrEqual(5_000 * t.vatBreakdown.length);
        for (const line of t.vatBreakdown) {
          const base = t.rows.reduce(
            (sum, r, i) => (input[i]?.vatRatePercent === line.vatRatePercent ? sum + r.netCents : sum),
            0,
          );
          expect(line.netCents).toBe(base);
          expect(Math.abs(line.vatCents * 10_000 - base * line.vatRatePercent * 100)).toBeLessThanOrEqual(5_000);
        }
      }),
    );
  });

  it("property: totals add up — net is the rows' net, VAT the sum of the rates' VAT, gross net + VAT", () => {
    fc.assert(
      fc.property(rows, (input) => {
        const t = calculateInvoiceTotals(input);
        expect(t.totals.netCents).toBe(t.rows.reduce((s, r) => s + r.netCents, 0));
        expect(t.totals.vatCents).toBe(t.vatBreakdown.reduce((s, l) => s + l.vatCents, 0));
        expect(t.totals.grossCents).toBe(t.totals.netCents + t.totals.vatCents);
      }),
    );
  });

  it("property: the order of the rows does not change the VAT, and a credit of every row is the mirror image", () => {
    fc.assert(
      fc.property(rows, (input) => {
        const t = calculateInvoiceTotals(input);
        expect(calculateInvoiceTotals([...input].reverse()).vatBreakdown).toEqual(t.vatBreakdown);
        const credit = calculateInvoiceTotals(input.map((r) => ({ ...r, quantity: 0 - r.quantity })));
        expect(credit.totals).toEqual({
          netCents: 0 - t.totals.netCents,
          vatCents: 0 - t.totals.vatCents,
          grossCents: 0 - t.totals.grossCents,
        });
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateInvoiceTotals, summarizeVat } from "./invoice-totals";
import { creditNoteRow, creditNoteTotals } from "./credit-note";

describe("credit note amounts", () => {
  it("negates the totals and keeps zero as zero", () => {
    expect(creditNoteTotals({ netCents: 10_000, vatCents: 0, grossCents: 10_000 })).toEqual({
      netCents: -10_000,
      vatCents: 0,
      grossCents: -10_000,
    });
    expect(Object.is(creditNoteTotals({ netCents: 0, vatCents: 0, grossCents: 0 }).vatCents, 0)).toBe(true);
  });

  it("mirrors a row and keeps what is not an amount", () => {
    const row = {
      description: "Siivous",
      unitPriceCents: 4_000,
      quantityMilli: 2_500,
      netCents: 10_000,
      vatCents: 2_550,
      grossCents: 12_550,
    };
    expect(creditNoteRow(row)).toEqual({
      ...row,
      quantityMilli: -2_500,
      netCents: -10_000,
      vatCents: -2_550,
      grossCents: -12_550,
    });
  });

  it("the rows of a credit note give its totals (VAT per rate, BR-CO-17), as the invoice's rows give the invoice's", () => {
    const rows = fc.array(
      fc.record({
        description: fc.constant("x"),
        quantity: fc.integer({ min: 1, max: 1000 }),
        unitPriceCents: fc.integer({ min: 0, max: 1_000_000 }),
        vatRatePercent: fc.constantFrom(0, 10, 14, 25.5),
      }),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(rows, (input) => {
        const invoice = calculateInvoiceTotals(input);
        const credited = invoice.rows.map((r, i) => ({
          ...creditNoteRow({ ...r, quantityMilli: 1 }),
          vatRatePercent: input[i]?.vatRatePercent ?? 0,
        }));
        expect(summarizeVat(credited).totals).toEqual(creditNoteTotals(invoice.totals));
      }),
    );
  });
});

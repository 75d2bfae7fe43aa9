import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, compareIsoDates } from "../shared/dates";
import { addMonths, checkInvoiceAmounts, checkInvoiceDates, checkPaymentDate, INVOICE_AMOUNT_MAX_CENTS } from "./invoice-sanity";

// The demo clock's business date (Monday 23.11.2026).
const TODAY = "2026-11-23";
const dates = (issueDate: string, days = 14, deliveryDate: string | null = null) => ({
  issueDate,
  dueDate: addDays(issueDate, days),
  deliveryDate,
});

describe("invoice dates a user may type", () => {
  it("refuses an invoice dated 1.1.1999 and one in 2099, naming the window 23.11.2025–23.2.2027", () => {
    for (const issueDate of ["1999-01-01", "2099-01-01"]) {
      expect(checkInvoiceDates(dates(issueDate), TODAY)).toEqual({
        ok: false,
        code: "INVOICE_DATE_OUT_OF_WINDOW",
        field: "issueDate",
        params: { from: "23.11.2025", to: "23.2.2027" },
      });
    }
  });

  it("accepts the window's first and last day, a late invoice for last year's work and one dated ahead", () => {
    for (const issueDate of ["2025-11-23", "2026-01-15", TODAY, "2027-02-23"]) {
      expect(checkInvoiceDates(dates(issueDate), TODAY)).toBeNull();
    }
    expect(checkInvoiceDates(dates("2025-11-22"), TODAY)?.code).toBe("INVOICE_DATE_OUT_OF_WINDOW");
    expect(checkInvoiceDates(dates("2027-02-24"), TODAY)?.code).toBe("INVOICE_DATE_OUT_OF_WINDOW");
  });

  it("refuses a due date before the invoice date or more than 12 months after it", () => {
    expect(
      checkInvoiceDates({ issueDate: TODAY, dueDate: "2026-11-22", deliveryDate: null }, TODAY, "paymentTermsDays"),
    ).toMatchObject({
      code: "INVOICE_DUE_DATE_OUT_OF_WINDOW",
      field: "paymentTermsDays",
      params: { due: "22.11.2026", from: "23.11.2026", to: "23.11.2027" },
    });
    expect(checkInvoiceDates({ issueDate: TODAY, dueDate: "2099-12-31", deliveryDate: null }, TODAY)?.code).toBe(
      "INVOICE_DUE_DATE_OUT_OF_WINDOW",
    );
  });

  it("any payment term of 0–365 days gives an accepted due date", () => {
    fc.assert(
      fc.property(fc.integer({ min: -365, max: 90 }), fc.integer({ min: 0, max: 365 }), (offset, days) => {
        expect(checkInvoiceDates(dates(addDays(TODAY, offset), days), TODAY)).toBeNull();
      }),
    );
  });

  it("refuses a delivery date more than 12 months from the invoice date", () => {
    expect(checkInvoiceDates(dates(TODAY, 14, "1999-01-01"), TODAY)).toMatchObject({
      code: "DELIVERY_DATE_OUT_OF_WINDOW",
      field: "deliveryDate",
      params: { from: "23.11.2025", to: "23.11.2027" },
    });
    expect(checkInvoiceDates(dates(TODAY, 14, "2026-10-31"), TODAY)).toBeNull();
  });

  it("months are calendar months: 31 March less one month is 28 February", () => {
    expect(addMonths("2027-03-31", -1)).toBe("2027-02-28");
    expect(addMonths("2026-11-23", 3)).toBe("2027-02-23");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -24, max: 24 }), (offset, months) => {
        const date = addDays("2020-01-01", offset);
        const moved = addMonths(date, months);
        expect(Math.sign(compareIsoDates(moved, date))).toBe(Math.sign(months));
      }),
    );
  });
});

const row = (quantity: number, unitPriceCents: number, vatRatePercent = 25.5) => ({ quantity, unitPriceCents, vatRatePercent });

describe("invoice amounts a user may type", () => {
  it("refuses a negative total outside a credit note, but a discount row on a positive invoice is fine", () => {
    expect(checkInvoiceAmounts([row(1, -12_000)])).toEqual({
      ok: false,
      code: "INVOICE_TOTAL_NEGATIVE",
      field: "rows",
      params: { total: "−150,60\u00a0€" },
    });
    expect(checkInvoiceAmounts([row(2, 10_000), row(1, -5_000)])).toBeNull();
  });

  it("accepts a 1 000 000 € invoice and one of exactly 999 999 999,99 €", () => {
    expect(checkInvoiceAmounts([row(1, 100_000_000, 0)])).toBeNull();
    expect(checkInvoiceAmounts([row(1, INVOICE_AMOUNT_MAX_CENTS, 0)])).toBeNull();
  });

  it("refuses a total one cent over the EPC QR maximum, and a row whose quantity × price overflows", () => {
    expect(checkInvoiceAmounts([row(1, INVOICE_AMOUNT_MAX_CENTS, 0), row(1, 1, 0)])).toMatchObject({
      code: "INVOICE_TOTAL_TOO_LARGE",
      field: "rows",
    });
    expect(checkInvoiceAmounts([row(1, 100, 0), row(1_000_000, INVOICE_AMOUNT_MAX_CENTS)])).toEqual({
      ok: false,
      code: "INVOICE_ROW_TOO_LARGE",
      field: "rows.1.unitPriceCents",
    });
    // 800 M€ net is fine, but with 25,5 % VAT the row is over a billion.
    expect(checkInvoiceAmounts([row(1, 80_000_000_000)])?.code).toBe("INVOICE_ROW_TOO_LARGE");
  });

  it("any rows whose total lies within 0 … 999 999 999,99 € are accepted", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100_000_00 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          expect(checkInvoiceAmounts(rows.map(([q, p]) => row(q, p)))).toBeNull();
        },
      ),
    );
  });
});

describe("payment dates", () => {
  it("refuses a payment dated tomorrow, accepts today and earlier", () => {
    expect(checkPaymentDate("2026-11-24", TODAY)).toEqual({
      ok: false,
      code: "PAYMENT_DATE_IN_FUTURE",
      field: "paidOn",
      params: { date: "24.11.2026", today: "23.11.2026" },
    });
    expect(checkPaymentDate(TODAY, TODAY)).toBeNull();
    expect(checkPaymentDate("2026-10-01", TODAY)).toBeNull();
  });
});

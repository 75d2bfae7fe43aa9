import { describe, expect, it } from "vitest";
import { priceEvent } from "./event-pricing";

describe("priceEvent", () => {
  it("charges the client the part of the price the voucher does not cover", () => {
    // 1,5 h × 48,00 € = 72,00 €; the voucher pays 1,5 × 40,00 € = 60,00 €; co-payment 12,00 €.
    expect(priceEvent({ unitsMilli: 1500, unitPriceCents: 4800, unitValueCents: 4000 })).toEqual({
      priceCents: 7200,
      voucherValueCents: 6000,
      coPaymentCents: 1200,
    });
  });
  it("never pays more voucher value than the price", () => {
    expect(priceEvent({ unitsMilli: 1000, unitPriceCents: 3000, unitValueCents: 4000 })).toEqual({
      priceCents: 3000,
      voucherValueCents: 3000,
      coPaymentCents: 0,
    });
  });
  it("rounds once, half away from zero", () => {
    // 0,333 × 10,01 € = 3,33333 € → 3,33 €
    expect(priceEvent({ unitsMilli: 333, unitPriceCents: 1001, unitValueCents: 0 }).priceCents).toBe(333);
    expect(priceEvent({ unitsMilli: 500, unitPriceCents: 1, unitValueCents: 0 }).priceCents).toBe(1);
  });
});

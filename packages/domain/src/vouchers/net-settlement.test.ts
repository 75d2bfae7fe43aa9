import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coPayment } from "./co-payment";
import { netSettlement } from "./net-settlement";

describe("netSettlement (DESIGN.md §2 credit netting)", () => {
  it("source example: 3 × 20,00 € a month, April's event 3 credited in May → 60 / 20 / 40", () => {
    // As the source states it: April settles its three events; May settles
    // 20 + 20 and deducts the 20 credit; June settles 40.
    const april = netSettlement({ approvedCents: [2000, 2000, 2000], creditCents: [], carriedCreditCents: 0 });
    expect(april).toEqual({ payableCents: 6000, carriedCreditCents: 0 });
    const may = netSettlement({ approvedCents: [2000, 2000], creditCents: [2000], carriedCreditCents: april.carriedCreditCents });
    expect(may).toEqual({ payableCents: 2000, carriedCreditCents: 0 });
    const june = netSettlement({ approvedCents: [2000, 2000], creditCents: [], carriedCreditCents: may.carriedCreditCents });
    expect(june).toEqual({ payableCents: 4000, carriedCreditCents: 0 });
  });
  it("a month whose credits exceed its events pays nothing and carries the rest", () => {
    const m1 = netSettlement({ approvedCents: [2000], creditCents: [3000, 2500], carriedCreditCents: 0 });
    expect(m1).toEqual({ payableCents: 0, carriedCreditCents: 3500 });
    const m2 = netSettlement({ approvedCents: [2000], creditCents: [], carriedCreditCents: m1.carriedCreditCents });
    expect(m2).toEqual({ payableCents: 0, carriedCreditCents: 1500 });
    const m3 = netSettlement({ approvedCents: [2000, 2000], creditCents: [], carriedCreditCents: m2.carriedCreditCents });
    expect(m3).toEqual({ payableCents: 2500, carriedCreditCents: 0 });
  });
  it("refuses negative or fractional amounts", () => {
    expect(() => netSettlement({ approvedCents: [-1], creditCents: [], carriedCreditCents: 0 })).toThrow(
      expect.objectContaining({ code: "AMOUNT_INVALID", field: "approvedCents.0" }),
    );
    expect(() => netSettlement({ approvedCents: [], creditCents: [-2000], carriedCreditCents: 0 })).toThrow(
      expect.objectContaining({ field: "creditCents.0" }),
    );
    expect(() => netSettlement({ approvedCents: [], creditCents: [], carriedCreditCents: 0.5 })).toThrow(
      expect.objectContaining({ field: "carriedCreditCents" }),
    );
  });

  const cents = fc.integer({ min: 0, max: 1_000_000 });
  const month = fc.record({ approvedCents: fc.array(cents, { maxLength: 6 }), creditCents: fc.array(cents, { maxLength: 3 }) });
  it("property: over any month sequence the payout never exceeds approved − credits (except credit still carried), and is never negative", () => {
    fc.assert(
      fc.property(fc.array(month, { maxLength: 24 }), (months) => {
        let carried = 0;
        let paid = 0;
        let approved = 0;
        let credited = 0;
        for (const m of months) {
          const r = netSettlement({ ...m, carriedCreditCents: carried });
          const monthApproved = m.approvedCents.reduce((a, b) => a + b, 0);
          expect(r.payableCents).toBeGreaterThanOrEqual(0);
          expect(r.carriedCreditCents).toBeGreaterThanOrEqual(0);
          expect(r.payableCents).toBeLessThanOrEqual(monthApproved);
          expect(r.payableCents > 0 && r.carriedCreditCents > 0).toBe(false);
          carried = r.carriedCreditCents;
          paid += r.payableCents;
          approved += monthApproved;
          credited += m.creditCents.reduce((a, b) => a + b, 0);
          // Conservation: everything paid, less the credit not yet recovered, is exactly approved − credits.
          expect(paid - carried).toBe(approved - credited);
          expect(paid).toBeLessThanOrEqual(Math.max(0, approved - credited) + carried);
        }
      }),
    );
  });
});

describe("coPayment", () => {
  it("is price − voucher value, never below zero", () => {
    expect(coPayment(8000, 6000)).toBe(2000);
    expect(coPayment(5000, 6000)).toBe(0);
    expect(() => coPayment(-1, 0)).toThrow(expect.objectContaining({ code: "AMOUNT_INVALID", field: "priceCents" }));
  });
});

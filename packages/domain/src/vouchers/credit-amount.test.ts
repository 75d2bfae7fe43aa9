import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cents } from "../shared/money";
import { decideCreditAmount } from "./credit-amount";

const c = (n: number) => n as Cents;

describe("decideCreditAmount", () => {
  it("credits what is left by default", () => {
    expect(decideCreditAmount({ voucherValueCents: c(2000), creditedCents: c(500) })).toEqual({
      ok: true,
      amountCents: 1500,
      remainingCents: 0,
    });
  });

  it("takes a part and leaves the rest creditable", () => {
    expect(decideCreditAmount({ voucherValueCents: c(2000), creditedCents: c(0), requestedCents: c(800) })).toEqual({
      ok: true,
      amountCents: 800,
      remainingCents: 1200,
    });
  });

  it.each([
    ["more than is left", 2000, 500, 1600, "15,00"],
    ["nothing", 2000, 0, 0, "20,00"],
    ["a fully credited event", 2000, 2000, undefined, "0,00"],
  ])("refuses %s, naming the most it can take", (_why, value, credited, requested, max) => {
    expect(
      decideCreditAmount({
        voucherValueCents: c(value),
        creditedCents: c(credited),
        requestedCents: requested === undefined ? undefined : c(requested),
      }),
    ).toEqual({ ok: false, code: "CREDIT_EXCEEDS_EVENT", field: "amountCents", params: { max } });
  });

  it("never credits an event for more than its voucher value, however the credits come", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: -10, max: 1_000_000 })), (value, asks) => {
        let credited = 0;
        for (const ask of asks) {
          const r = decideCreditAmount({ voucherValueCents: c(value), creditedCents: c(credited), requestedCents: c(ask) });
          if (r.ok) credited += r.amountCents;
        }
        expect(credited).toBeLessThanOrEqual(value);
      }),
    );
  });
});

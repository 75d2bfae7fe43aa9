import { describe, expect, it } from "vitest";
import { buildCoPaymentStatement } from "./co-payment";
import type { CoPaymentEvent } from "./co-payment";

const event = (
  id: string,
  date: string,
  state: CoPaymentEvent["state"],
  priceCents: number,
  serviceId = "S1",
): CoPaymentEvent => ({
  id,
  date,
  state,
  serviceId,
  serviceContent: "Kotihoitokäynti 60 min",
  voucherNumber: "PS-1001",
  priceCents,
  voucherValueCents: 4500,
});

describe("buildCoPaymentStatement", () => {
  it("lists the service's events in range by date, keeps those under review, drops rejected ones", () => {
    const s = buildCoPaymentStatement({
      serviceId: "S1",
      from: "2026-03-01",
      to: "2026-03-31",
      events: [
        event("e3", "2026-03-20", "under_review", 5000),
        event("e1", "2026-03-02", "paid", 6000),
        event("e2", "2026-03-10", "rejected", 6000),
        event("e4", "2026-04-01", "approved", 6000),
        event("e5", "2026-03-05", "approved", 4000),
        event("e6", "2026-03-05", "settled", 6000, "S2"),
      ],
    });
    expect(s.rows.map((r) => [r.eventId, r.coPaymentCents])).toEqual([
      ["e1", 1500],
      ["e5", 0],
      ["e3", 500],
    ]);
    expect(s.totals).toEqual({ priceCents: 15000, voucherValueCents: 13500, coPaymentCents: 2000 });
  });
  it("refuses a reversed range", () => {
    expect(() => buildCoPaymentStatement({ serviceId: "S1", from: "2026-04-01", to: "2026-03-01", events: [] })).toThrow(
      expect.objectContaining({ code: "DATE_RANGE_INVALID" }),
    );
  });
});

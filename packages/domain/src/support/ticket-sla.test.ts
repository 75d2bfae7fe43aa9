import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLA_TARGETS, ticketSla } from "./ticket-sla";

const d = (iso: string) => new Date(iso);

describe("a ticket's SLA clocks", () => {
  // Friday 5.12.2026 is a business day; Sunday 6.12. is Independence Day anyway; Monday 7.12. opens at 8.
  const createdAt = d("2026-12-04T13:00:00Z"); // Fri 15.00 Helsinki

  it("a normal request filed Friday 15.00 and answered Monday 9.00 took 120 business minutes", () => {
    const sla = ticketSla({
      priority: "normal",
      createdAt,
      firstResponseAt: d("2026-12-07T07:00:00Z"),
      resolvedAt: null,
      status: "open",
      history: [{ at: createdAt, status: "new" }],
      now: d("2026-12-07T10:00:00Z"),
    });
    expect(sla.firstResponse).toMatchObject({ elapsedMinutes: 120, stoppedAt: d("2026-12-07T07:00:00Z"), breached: false });
    expect(sla.firstResponse.leftMinutes).toBe(SLA_TARGETS.normal.firstResponse - 120);
    expect(sla.resolution.elapsedMinutes).toBe(60 + 240); // Fri 15–16, Mon 8–12
  });

  it("stops while waiting for the customer and says it is paused", () => {
    const sla = ticketSla({
      priority: "urgent",
      createdAt: d("2026-12-07T07:00:00Z"), // Mon 9.00
      firstResponseAt: d("2026-12-07T07:30:00Z"),
      resolvedAt: null,
      status: "waiting_customer",
      history: [
        { at: d("2026-12-07T07:00:00Z"), status: "new" },
        { at: d("2026-12-07T07:30:00Z"), status: "waiting_customer" },
      ],
      now: d("2026-12-07T13:00:00Z"),
    });
    expect(sla.resolution).toMatchObject({ elapsedMinutes: 30, paused: true, breached: false });
  });

  it("an urgent request unanswered for more than an hour of business time is breached", () => {
    const sla = ticketSla({
      priority: "urgent",
      createdAt: d("2026-12-07T07:00:00Z"),
      firstResponseAt: null,
      resolvedAt: null,
      status: "new",
      history: [],
      now: d("2026-12-07T08:01:00Z"),
    });
    expect(sla.firstResponse).toMatchObject({ elapsedMinutes: 61, leftMinutes: -1, breached: true });
  });

  it("time left never grows as time passes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.integer({ min: 0, max: 24 * 60 }), (a, step) => {
        const at = (minutes: number) =>
          ticketSla({
            priority: "high",
            createdAt,
            firstResponseAt: null,
            resolvedAt: null,
            status: "open",
            history: [],
            now: new Date(createdAt.getTime() + minutes * 60_000),
          });
        expect(at(a + step).resolution.leftMinutes).toBeLessThanOrEqual(at(a).resolution.leftMinutes);
      }),
      { numRuns: 60 },
    );
  });
});

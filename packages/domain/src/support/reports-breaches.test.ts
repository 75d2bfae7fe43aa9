import { describe, expect, it } from "vitest";
import { breachesToRaise } from "./reports-breaches";
import { ticketSla } from "./ticket-sla";

const d = (iso: string) => new Date(iso);

describe("which SLA breaches to alert", () => {
  const sla = (now: string, status: "new" | "waiting_customer" = "new") =>
    ticketSla({
      priority: "urgent",
      createdAt: d("2026-11-02T07:00:00Z"), // Mon 9.00 Helsinki
      firstResponseAt: null,
      resolvedAt: null,
      status,
      history:
        status === "new"
          ? [{ at: d("2026-11-02T07:00:00Z"), status: "new" }]
          : [
              { at: d("2026-11-02T07:00:00Z"), status: "new" },
              { at: d("2026-11-02T07:30:00Z"), status: "waiting_customer" },
            ],
      now: d(now),
    });
  const none = { firstResponseBreachedAt: null, resolutionBreachedAt: null };

  it("an urgent request without an answer after an hour of business time breaches its first response", () => {
    expect(breachesToRaise(sla("2026-11-02T08:00:00Z"), none)).toEqual([]);
    expect(breachesToRaise(sla("2026-11-02T08:01:00Z"), none)).toEqual(["first_response"]);
  });

  it("alerts a breach once: a stamped one is not raised again", () => {
    const later = sla("2026-11-03T12:00:00Z");
    expect(breachesToRaise(later, none)).toEqual(["first_response", "resolution"]);
    expect(breachesToRaise(later, { firstResponseBreachedAt: d("2026-11-02T08:05:00Z"), resolutionBreachedAt: null })).toEqual([
      "resolution",
    ]);
  });

  it("a request waiting for the customer does not breach over the weekend", () => {
    expect(breachesToRaise(sla("2026-11-09T12:00:00Z", "waiting_customer"), none)).toEqual([]);
  });
});

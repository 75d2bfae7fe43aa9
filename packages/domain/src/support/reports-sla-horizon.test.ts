import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TICKET_PRIORITIES, type TicketStatus } from "./lists";
import { slaReadingInstant } from "./reports-sla-horizon";
import { ticketSla } from "./ticket-sla";

const d = (iso: string) => new Date(iso);

describe("reading an old ticket's SLA at its horizon", () => {
  it("stops at the longest target past the last change, and never after now", () => {
    const ticket = {
      priority: "urgent" as const,
      createdAt: d("2026-11-02T07:00:00Z"),
      history: [{ at: d("2026-11-02T07:00:00Z") }],
    };
    // Monday 9.00 + 481 business minutes: Tuesday 9.01.
    expect(slaReadingInstant(ticket, d("2027-03-01T00:00:00Z"))).toEqual(d("2026-11-03T07:01:00Z"));
    expect(slaReadingInstant(ticket, d("2026-11-02T08:00:00Z"))).toEqual(d("2026-11-02T08:00:00Z"));
  });

  it("gives the same verdicts and stopped times as reading at now", () => {
    const statuses: TicketStatus[] = ["new", "open", "waiting_customer", "waiting_third_party", "resolved"];
    fc.assert(
      fc.property(
        fc.constantFrom(...TICKET_PRIORITIES),
        fc.array(fc.record({ after: fc.integer({ min: 0, max: 20 * 24 * 60 }), status: fc.constantFrom(...statuses) }), {
          maxLength: 4,
        }),
        fc.option(fc.integer({ min: 0, max: 10 * 24 * 60 })),
        fc.integer({ min: 0, max: 120 * 24 * 60 }),
        (priority, changes, reply, later) => {
          const createdAt = d("2026-10-01T05:00:00Z");
          const at = (m: number) => new Date(createdAt.getTime() + m * 60_000);
          const history = [{ at: createdAt, status: "new" }, ...changes.map((c) => ({ at: at(c.after), status: c.status }))];
          const last = history.reduce((s, h) => (h.at > s.at ? h : s));
          const status = last.status as TicketStatus;
          const base = {
            priority,
            createdAt,
            firstResponseAt: reply === null ? null : at(reply),
            resolvedAt: status === "resolved" ? last.at : null,
            status,
            history,
          };
          const now = at(later);
          const exact = ticketSla({ ...base, now });
          const read = ticketSla({ ...base, now: slaReadingInstant(base, now) });
          for (const k of ["firstResponse", "resolution"] as const) {
            expect(read[k].breached).toBe(exact[k].breached);
            expect(read[k].stoppedAt).toEqual(exact[k].stoppedAt);
            if (exact[k].stoppedAt) expect(read[k].elapsedMinutes).toBe(exact[k].elapsedMinutes);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

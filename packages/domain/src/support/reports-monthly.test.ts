import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_PRIORITIES, type TicketStatus } from "./lists";
import { computeMonthlyReport, reportMonthBounds, reportMonthOf, type ReportTicket } from "./reports-monthly";

const d = (iso: string) => new Date(iso);

// November 2026 in Helsinki is UTC+2 and has no weekday holidays: 8.00 Helsinki is 06.00 UTC.
const ticketA: ReportTicket = {
  // normal: answered in an hour, resolved the next morning (7 h Mon + 1 h Tue = 480 min)
  channel: "web",
  category: "invoices",
  priority: "normal",
  status: "resolved",
  createdAt: d("2026-11-02T07:00:00Z"),
  firstResponseAt: d("2026-11-02T08:00:00Z"),
  resolvedAt: d("2026-11-03T07:00:00Z"),
  history: [
    { at: d("2026-11-02T07:00:00Z"), status: "new" },
    { at: d("2026-11-02T08:00:00Z"), status: "open" },
    { at: d("2026-11-03T07:00:00Z"), status: "resolved" },
  ],
};
const ticketB: ReportTicket = {
  // urgent filed Friday 15.30, answered Monday 8.45: 30 + 45 = 75 min > 60, the weekend does not count
  channel: "email",
  category: "technical",
  priority: "urgent",
  status: "closed",
  createdAt: d("2026-11-06T13:30:00Z"),
  firstResponseAt: d("2026-11-09T06:45:00Z"),
  resolvedAt: d("2026-11-09T10:00:00Z"),
  history: [
    { at: d("2026-11-06T13:30:00Z"), status: "new" },
    { at: d("2026-11-09T10:00:00Z"), status: "resolved" },
    { at: d("2026-11-12T10:00:00Z"), status: "closed" },
  ],
};
const ticketC: ReportTicket = {
  // high: waits for the customer from Wed 9.00 to Thu 10.00; resolved Thu 11.00 → 60 + 60 = 120 min
  channel: "web",
  category: "vouchers",
  priority: "high",
  status: "resolved",
  createdAt: d("2026-11-04T06:00:00Z"),
  firstResponseAt: d("2026-11-04T07:00:00Z"),
  resolvedAt: d("2026-11-05T09:00:00Z"),
  history: [
    { at: d("2026-11-04T06:00:00Z"), status: "new" },
    { at: d("2026-11-04T07:00:00Z"), status: "waiting_customer" },
    { at: d("2026-11-05T08:00:00Z"), status: "open" },
    { at: d("2026-11-05T09:00:00Z"), status: "resolved" },
  ],
};
const ticketD: ReportTicket = {
  // low, still unanswered: 3 business hours of 16 used, so it counts nowhere yet
  channel: "phone",
  category: "invoices",
  priority: "low",
  status: "new",
  createdAt: d("2026-11-30T13:00:00Z"),
  firstResponseAt: null,
  resolvedAt: null,
  history: [{ at: d("2026-11-30T13:00:00Z"), status: "new" }],
};
const now = d("2026-12-01T08:00:00Z");

describe("the monthly report", () => {
  it("a Helsinki month starts at local midnight, in winter and in summer time", () => {
    expect(reportMonthBounds("2026-12")).toEqual({ from: d("2026-11-30T22:00:00Z"), to: d("2026-12-31T22:00:00Z") });
    expect(reportMonthBounds("2026-03")).toEqual({ from: d("2026-02-28T22:00:00Z"), to: d("2026-03-31T21:00:00Z") });
    expect(reportMonthOf(d("2026-11-30T22:30:00Z"))).toBe("2026-12");
    expect(() => reportMonthBounds("2026-13")).toThrow();
  });

  it("counts, medians, p90 and SLA met % of a known month, with a weekend and a pause", () => {
    const report = computeMonthlyReport({
      month: "2026-11",
      tickets: [ticketA, ticketB, ticketC, ticketD],
      calls: [
        { lineCode: "invoices", category: "invoices", count: 5 },
        { lineCode: "software", category: "technical", count: 2 },
        { lineCode: "software", category: null, count: 1 },
      ],
      callbacks: [
        { promisedAt: d("2026-11-10T08:00:00Z"), doneAt: d("2026-11-10T07:50:00Z"), status: "done" },
        { promisedAt: d("2026-11-10T09:00:00Z"), doneAt: d("2026-11-10T09:00:00Z"), status: "done" },
        { promisedAt: d("2026-11-11T09:00:00Z"), doneAt: d("2026-11-11T09:30:00Z"), status: "done" },
        { promisedAt: d("2026-11-12T09:00:00Z"), doneAt: null, status: "due" },
        { promisedAt: d("2026-11-13T09:00:00Z"), doneAt: null, status: "cancelled" },
      ],
      now,
    });
    expect(report.requests.total).toBe(4);
    expect(report.requests.byChannel).toMatchObject({ web: 2, email: 1, phone: 1, agent: 0 });
    expect(report.requests.byCategory).toMatchObject({ invoices: 2, technical: 1, vouchers: 1, accounts: 0 });
    expect(report.calls).toMatchObject({ total: 8, uncategorized: 1 });
    expect(report.calls.byLine).toEqual([
      { lineCode: "invoices", count: 5 },
      { lineCode: "software", count: 3 },
    ]);
    expect(report.firstResponse).toEqual({ count: 3, medianMinutes: 60, p90Minutes: 75, met: 2, breached: 1, metPercent: 66.7 });
    expect(report.resolution).toEqual({ count: 3, medianMinutes: 270, p90Minutes: 480, met: 3, breached: 0, metPercent: 100 });
    expect(report.sla).toEqual({ met: 2, decided: 3, metPercent: 66.7 });
    expect(report.callbacks).toEqual({ promised: 4, kept: 2, late: 1, missed: 1, keptPercent: 50 });
  });

  it("an empty month has zero counts and no percentages", () => {
    const report = computeMonthlyReport({ month: "2026-11", tickets: [], calls: [], callbacks: [], now });
    expect(report.requests.total).toBe(0);
    expect(report.firstResponse.medianMinutes).toBeNull();
    expect(report.sla.metPercent).toBeNull();
    expect(report.callbacks.keptPercent).toBeNull();
  });

  const statuses: TicketStatus[] = ["new", "open", "waiting_customer", "resolved"];
  const arbitraryTicket = fc
    .record({
      channel: fc.constantFrom(...TICKET_CHANNELS),
      category: fc.constantFrom(...TICKET_CATEGORIES),
      priority: fc.constantFrom(...TICKET_PRIORITIES),
      start: fc.integer({ min: 0, max: 28 * 24 * 60 }),
      reply: fc.option(fc.integer({ min: 0, max: 5 * 24 * 60 })),
      resolve: fc.option(fc.integer({ min: 0, max: 10 * 24 * 60 })),
      pause: fc.constantFrom(...statuses),
    })
    .map(({ start, reply, resolve, pause, ...rest }): ReportTicket => {
      const createdAt = new Date(d("2026-11-01T00:00:00Z").getTime() + start * 60_000);
      const at = (m: number | null) => (m === null ? null : new Date(createdAt.getTime() + m * 60_000));
      const resolvedAt = at(resolve);
      return {
        ...rest,
        status: resolvedAt ? "resolved" : pause,
        createdAt,
        firstResponseAt: at(reply),
        resolvedAt,
        history: [{ at: createdAt, status: "new" }, ...(resolvedAt ? [{ at: resolvedAt, status: "resolved" }] : [])],
      };
    });

  it("every request is counted once by channel and once by category; shares stay within 0–100 and p90 ≥ median", () => {
    fc.assert(
      fc.property(fc.array(arbitraryTicket, { maxLength: 30 }), (tickets) => {
        const r = computeMonthlyReport({ month: "2026-11", tickets, calls: [], callbacks: [], now: d("2026-12-20T12:00:00Z") });
        const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
        expect(sum(r.requests.byChannel)).toBe(tickets.length);
        expect(sum(r.requests.byCategory)).toBe(tickets.length);
        for (const f of [r.firstResponse, r.resolution]) {
          expect(f.met + f.breached).toBeLessThanOrEqual(tickets.length);
          if (f.metPercent !== null) expect(f.metPercent).toBeGreaterThanOrEqual(0);
          if (f.metPercent !== null) expect(f.metPercent).toBeLessThanOrEqual(100);
          if (f.medianMinutes !== null) expect(f.p90Minutes ?? -1).toBeGreaterThanOrEqual(f.medianMinutes);
        }
        expect(r.sla.met).toBeLessThanOrEqual(r.sla.decided);
      }),
      { numRuns: 40 },
    );
  });
});

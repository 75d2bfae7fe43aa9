import { describe, expect, it } from "vitest";
import { pausesFromStatusHistory, slaDeadline, slaElapsedMinutes, SUPPORT_SERVICE_HOURS } from "./sla-clock";

const d = (iso: string) => new Date(iso);
const hours = SUPPORT_SERVICE_HOURS; // business days 8–16 Helsinki

describe("SLA clock in business hours", () => {
  it("over a weekend: Fri 15:30 → Mon 08:30 EET is 60 minutes", () => {
    expect(slaElapsedMinutes({ from: d("2026-01-09T13:30:00Z"), to: d("2026-01-12T06:30:00Z"), serviceHours: hours })).toBe(60);
  });
  it("over Easter: Maundy Thu 15:00 → Tue 09:00 EEST is 120 minutes (Good Friday and Easter Monday closed)", () => {
    expect(slaElapsedMinutes({ from: d("2026-04-02T12:00:00Z"), to: d("2026-04-07T06:00:00Z"), serviceHours: hours })).toBe(120);
  });
  it("a pause (waiting for the customer) stops the clock", () => {
    const pauses = [{ from: d("2026-04-07T05:30:00Z"), to: d("2026-04-07T05:45:00Z") }];
    expect(
      slaElapsedMinutes({ from: d("2026-04-02T12:00:00Z"), to: d("2026-04-07T06:00:00Z"), serviceHours: hours, pauses }),
    ).toBe(105);
  });
  it("an open pause runs to the end; overlapping pauses count once", () => {
    const from = d("2026-01-12T06:00:00Z"); // Mon 08:00
    const to = d("2026-01-12T14:00:00Z"); // Mon 16:00
    expect(slaElapsedMinutes({ from, to, serviceHours: hours, pauses: [{ from: d("2026-01-12T12:00:00Z"), to: null }] })).toBe(
      360,
    );
    const overlapping = [
      { from: d("2026-01-12T07:00:00Z"), to: d("2026-01-12T08:00:00Z") },
      { from: d("2026-01-12T07:30:00Z"), to: d("2026-01-12T08:30:00Z") },
    ];
    expect(slaElapsedMinutes({ from, to, serviceHours: hours, pauses: overlapping })).toBe(480 - 90);
  });
  it("across the spring DST change: Fri 27.3. 15:00 EET → Mon 30.3. 09:00 EEST is 120 minutes", () => {
    expect(slaElapsedMinutes({ from: d("2026-03-27T13:00:00Z"), to: d("2026-03-30T06:00:00Z"), serviceHours: hours })).toBe(120);
  });
  it("slaDeadline walks service hours forward over weekends and holidays", () => {
    expect(slaDeadline({ from: d("2026-01-09T13:30:00Z"), businessMinutes: 60, serviceHours: hours }).toISOString()).toBe(
      "2026-01-12T06:30:00.000Z",
    );
    expect(slaDeadline({ from: d("2026-12-23T13:00:00Z"), businessMinutes: 120, serviceHours: hours }).toISOString()).toBe(
      "2026-12-28T07:00:00.000Z",
    );
  });
  it("pausesFromStatusHistory turns paused statuses into intervals", () => {
    const history = [
      { at: d("2026-01-12T06:00:00Z"), status: "open" },
      { at: d("2026-01-12T07:00:00Z"), status: "waiting_for_customer" },
      { at: d("2026-01-12T08:00:00Z"), status: "open" },
      { at: d("2026-01-12T09:00:00Z"), status: "waiting_for_third_party" },
    ];
    expect(pausesFromStatusHistory(history, ["waiting_for_customer", "waiting_for_third_party"])).toEqual([
      { from: d("2026-01-12T07:00:00Z"), to: d("2026-01-12T08:00:00Z") },
      { from: d("2026-01-12T09:00:00Z"), to: null },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { currentClock, durationOf, slaLabel } from "./sla-text";

const clock = { targetMinutes: 480, leftMinutes: 200, paused: false, stopped: false, breached: false };

describe("SLA time left in words", () => {
  it("tells minutes, hours and support days (8 h)", () => {
    expect(durationOf(45)).toEqual({ key: "duration.minutes", params: { minutes: 45 } });
    expect(durationOf(200)).toEqual({ key: "duration.hours", params: { hours: 3, minutes: 20 } });
    expect(durationOf(2 * 480 + 190)).toEqual({ key: "duration.days", params: { days: 2, hours: 3 } });
  });

  it("warns under an hour, tells how much overdue, and says when the clock is paused or met", () => {
    expect(slaLabel(clock)).toMatchObject({ key: "sla.left", tone: "info" });
    expect(slaLabel({ ...clock, leftMinutes: 59 })).toMatchObject({ key: "sla.left", tone: "warning" });
    expect(slaLabel({ ...clock, leftMinutes: -90, breached: true })).toEqual({
      key: "sla.breached",
      time: { key: "duration.hours", params: { hours: 1, minutes: 30 } },
      tone: "danger",
    });
    expect(slaLabel({ ...clock, paused: true })).toMatchObject({ key: "sla.paused", tone: "neutral" });
    expect(slaLabel({ ...clock, stopped: true, breached: true })).toMatchObject({ key: "sla.doneLate", time: null });
  });

  it("shows the first-response clock until it stops, then the resolution clock", () => {
    expect(currentClock({ firstResponse: clock, resolution: clock }).which).toBe("sla.firstResponse");
    expect(currentClock({ firstResponse: { ...clock, stopped: true }, resolution: clock }).which).toBe("sla.resolution");
  });
});

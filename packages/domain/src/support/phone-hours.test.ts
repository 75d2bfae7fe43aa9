import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBusinessDay } from "../shared/calendar";
import { toHelsinkiWallClock } from "../shared/helsinki-time";
import { checkCallbackTime, isLineOpen, lineClosesAt, lineStatus, minuteOfDayText, nextLineOpening } from "./phone-hours";
import { INVOICE_SERVICE_HOURS, SUPPORT_SERVICE_HOURS } from "./sla-clock";

const d = (iso: string) => new Date(iso);
const software = SUPPORT_SERVICE_HOURS; // business days 8–16 Helsinki
const invoices = INVOICE_SERVICE_HOURS; // business days 10–15 Helsinki

describe("a support line's opening hours", () => {
  it("is open at 15.59 and closed at 16.00 on a weekday (Mon 23.11.2026, UTC+2)", () => {
    expect(isLineOpen(software, d("2026-11-23T13:59:00Z"))).toBe(true);
    expect(isLineOpen(software, d("2026-11-23T13:59:59.999Z"))).toBe(true);
    expect(isLineOpen(software, d("2026-11-23T14:00:00Z"))).toBe(false);
    expect(isLineOpen(software, d("2026-11-23T06:00:00Z"))).toBe(true); // 8.00 opens
    expect(isLineOpen(software, d("2026-11-23T05:59:00Z"))).toBe(false);
  });

  it("closed on Friday at 16.00 opens next on Monday at 8.00", () => {
    const friday1600 = d("2026-11-27T14:00:00Z");
    expect(lineStatus(software, friday1600)).toEqual({
      open: false,
      closesAt: null,
      nextOpening: d("2026-11-30T06:00:00Z"),
    });
    // Saturday noon and Sunday evening: the same Monday morning.
    expect(nextLineOpening(software, d("2026-11-28T10:00:00Z"))).toEqual(d("2026-11-30T06:00:00Z"));
    expect(nextLineOpening(software, d("2026-11-29T20:00:00Z"))).toEqual(d("2026-11-30T06:00:00Z"));
  });

  it("while open says when it closes, and the opening after that", () => {
    const monday1000 = d("2026-11-23T08:00:00Z");
    expect(lineStatus(software, monday1000)).toEqual({
      open: true,
      closesAt: d("2026-11-23T14:00:00Z"),
      nextOpening: d("2026-11-24T06:00:00Z"),
    });
  });

  it("before opening on a business day opens later the same day; the invoice line opens at 10", () => {
    expect(nextLineOpening(software, d("2026-11-23T04:00:00Z"))).toEqual(d("2026-11-23T06:00:00Z"));
    expect(isLineOpen(invoices, d("2026-11-23T07:30:00Z"))).toBe(false); // 9.30
    expect(nextLineOpening(invoices, d("2026-11-23T07:30:00Z"))).toEqual(d("2026-11-23T08:00:00Z"));
    expect(isLineOpen(invoices, d("2026-11-23T12:59:00Z"))).toBe(true); // 14.59
    expect(isLineOpen(invoices, d("2026-11-23T13:00:00Z"))).toBe(false); // 15.00
  });

  it("is closed on Midsummer Eve (Fri 19.6.2026) and opens on Monday 22.6. at 8.00 summer time", () => {
    const eve = d("2026-06-19T07:00:00Z"); // 10.00 EEST
    expect(isLineOpen(software, eve)).toBe(false);
    expect(nextLineOpening(software, d("2026-06-18T13:00:00Z"))).toEqual(d("2026-06-22T05:00:00Z")); // Thu 16.00 →
    expect(nextLineOpening(software, eve)).toEqual(d("2026-06-22T05:00:00Z"));
  });

  it("is closed over Christmas (24.–26.12.2026) and opens on Monday 28.12.", () => {
    expect(isLineOpen(software, d("2026-12-24T08:00:00Z"))).toBe(false);
    expect(isLineOpen(software, d("2026-12-25T08:00:00Z"))).toBe(false);
    expect(nextLineOpening(software, d("2026-12-23T14:00:00Z"))).toEqual(d("2026-12-28T06:00:00Z"));
  });

  it("is closed on Independence Day and Epiphany when they fall on a weekday (Tue 6.1.2026)", () => {
    expect(isLineOpen(software, d("2026-01-06T08:00:00Z"))).toBe(false);
    expect(nextLineOpening(software, d("2026-01-05T15:00:00Z"))).toEqual(d("2026-01-07T06:00:00Z"));
  });

  it("keeps 8.00 Helsinki time across the DST changes", () => {
    // Spring: Fri 27.3.2026 16.00 EET → Mon 30.3. 8.00 EEST.
    expect(nextLineOpening(software, d("2026-03-27T14:00:00Z"))).toEqual(d("2026-03-30T05:00:00Z"));
    // Autumn: Fri 23.10.2026 16.00 EEST → Mon 26.10. 8.00 EET.
    expect(nextLineOpening(software, d("2026-10-23T13:00:00Z"))).toEqual(d("2026-10-26T06:00:00Z"));
    expect(lineClosesAt(software, d("2026-10-26T06:00:00Z"))).toEqual(d("2026-10-26T14:00:00Z"));
  });

  it("writes the hours as a Finn does", () => {
    expect(minuteOfDayText(480)).toBe("8.00");
    expect(minuteOfDayText(15 * 60 + 30)).toBe("15.30");
  });
});

describe("a promised callback time", () => {
  const now = d("2026-11-23T08:00:00Z"); // Mon 10.00

  it("is accepted inside the hours, also the current minute", () => {
    expect(checkCallbackTime(software, d("2026-11-23T12:30:00Z"), now)).toEqual({ ok: true });
    expect(checkCallbackTime(software, d("2026-11-23T08:00:00Z"), d("2026-11-23T08:00:40Z"))).toEqual({ ok: true });
    expect(checkCallbackTime(software, d("2026-11-23T13:59:00Z"), now)).toEqual({ ok: true }); // 15.59
  });

  it("is refused at 16.00, on a Saturday or on Christmas Eve, naming the field, the hours and the next opening", () => {
    expect(checkCallbackTime(software, d("2026-11-23T14:00:00Z"), now)).toEqual({
      ok: false,
      code: "CALLBACK_OUTSIDE_HOURS",
      field: "promisedAt",
      params: { open: "8.00", close: "16.00", next: "2026-11-24T06:00:00.000Z" },
    });
    expect(checkCallbackTime(software, d("2026-11-28T09:00:00Z"), now)).toMatchObject({ code: "CALLBACK_OUTSIDE_HOURS" });
    expect(checkCallbackTime(software, d("2026-12-24T09:00:00Z"), now)).toMatchObject({ code: "CALLBACK_OUTSIDE_HOURS" });
  });

  it("is refused in the past, too far ahead, or when it is no time at all", () => {
    expect(checkCallbackTime(software, d("2026-11-23T07:59:00Z"), now)).toEqual({
      ok: false,
      code: "CALLBACK_TIME_PAST",
      field: "promisedAt",
    });
    expect(checkCallbackTime(software, d("2027-03-01T08:00:00Z"), now)).toMatchObject({ code: "CALLBACK_TIME_TOO_FAR" });
    expect(checkCallbackTime(software, new Date(Number.NaN), now)).toMatchObject({ code: "CALLBACK_TIME_INVALID" });
  });
});

describe("opening-hour properties", () => {
  const instant = fc.date({ min: d("2025-01-01T00:00:00Z"), max: d("2028-12-31T00:00:00Z"), noInvalidDate: true });
  const hours = fc
    .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
    .filter(([a, b]) => a < b)
    .map(([openMinute, closeMinute]) => ({ openMinute, closeMinute }));

  it("the next opening is later than now, on a business day, at the opening minute, and the line is open then", () => {
    fc.assert(
      fc.property(instant, hours, (now, h) => {
        const next = nextLineOpening(h, now);
        const wall = toHelsinkiWallClock(next.getTime());
        expect(next.getTime()).toBeGreaterThan(now.getTime());
        expect(isBusinessDay(wall.date)).toBe(true);
        expect(isLineOpen(h, next)).toBe(true);
        // On the spring-forward night an opening inside the skipped hour lands an hour later.
        expect([h.openMinute, h.openMinute + 60]).toContain(wall.minuteOfDay);
      }),
    );
  });

  it("the line is closed for the whole time from a closed instant up to the next opening (sampled)", () => {
    fc.assert(
      fc.property(instant, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (now, fraction) => {
        fc.pre(!isLineOpen(software, now));
        const next = nextLineOpening(software, now);
        const between = new Date(now.getTime() + Math.floor((next.getTime() - now.getTime()) * fraction));
        expect(between.getTime()).toBeLessThan(next.getTime());
        expect(isLineOpen(software, between)).toBe(false);
      }),
    );
  });

  it("a callback is accepted exactly when the time is open, not past and not too far", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 50 * 24 * 60 }), (now, minutesAhead) => {
        const promised = new Date(now.getTime() + minutesAhead * 60_000);
        expect(checkCallbackTime(software, promised, now).ok).toBe(isLineOpen(software, promised));
      }),
    );
  });
});

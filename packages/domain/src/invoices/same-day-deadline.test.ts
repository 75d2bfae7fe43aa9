import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { helsinkiToday } from "../shared/helsinki-time";
import { deadlineUrgency, sameDayDeadline } from "./same-day-deadline";

const deadline = (iso: string) => sameDayDeadline(new Date(iso)).toISOString();

describe("sameDayDeadline: 15:00 Helsinki promise (DESIGN.md §1)", () => {
  it.each([
    // DST starts Sun 2026-03-29 03:00 → 04:00 local.
    ["Fri 27.3. 14:59 EET → same day 15:00 EET", "2026-03-27T12:59:00Z", "2026-03-27T13:00:00.000Z"],
    ["Fri 27.3. 15:00 EET exactly → Mon 30.3. 15:00 EEST", "2026-03-27T13:00:00Z", "2026-03-30T12:00:00.000Z"],
    ["Sat 28.3. → Mon 30.3. 15:00 EEST", "2026-03-28T08:00:00Z", "2026-03-30T12:00:00.000Z"],
    ["Sun 29.3. 02:30 EET, before the change → Mon 15:00 EEST", "2026-03-29T00:30:00Z", "2026-03-30T12:00:00.000Z"],
    ["Sun 29.3. 04:30 EEST, after the change → Mon 15:00 EEST", "2026-03-29T01:30:00Z", "2026-03-30T12:00:00.000Z"],
    ["Mon 30.3. 09:00 EEST → same day", "2026-03-30T06:00:00Z", "2026-03-30T12:00:00.000Z"],
    // DST ends Sun 2026-10-25 04:00 → 03:00 local.
    ["Fri 23.10. 14:00 EEST → same day 15:00 EEST", "2026-10-23T11:00:00Z", "2026-10-23T12:00:00.000Z"],
    ["Fri 23.10. 16:00 EEST → Mon 26.10. 15:00 EET", "2026-10-23T13:00:00Z", "2026-10-26T13:00:00.000Z"],
    ["Sat 24.10. → Mon 26.10. 15:00 EET", "2026-10-24T09:00:00Z", "2026-10-26T13:00:00.000Z"],
    ["Sun 25.10. 03:30 EEST (first of the repeated hour)", "2026-10-25T00:30:00Z", "2026-10-26T13:00:00.000Z"],
    ["Sun 25.10. 03:30 EET (second of the repeated hour)", "2026-10-25T01:30:00Z", "2026-10-26T13:00:00.000Z"],
    ["Mon 26.10. 14:59 EET → same day", "2026-10-26T12:59:00Z", "2026-10-26T13:00:00.000Z"],
    ["Mon 26.10. 00:30 EET (still Sunday in UTC) → same day", "2026-10-25T22:30:00Z", "2026-10-26T13:00:00.000Z"],
    // Holidays.
    ["Maundy Thu 2.4. 16:00 → Tue 7.4. (Good Friday, Easter Monday)", "2026-04-02T13:00:00Z", "2026-04-07T12:00:00.000Z"],
    ["Thu 18.6. 15:30 → Mon 22.6. (Midsummer Eve)", "2026-06-18T12:30:00Z", "2026-06-22T12:00:00.000Z"],
    ["Wed 23.12. 15:01 → Mon 28.12. (Christmas)", "2026-12-23T13:01:00Z", "2026-12-28T13:00:00.000Z"],
    ["Thu 31.12. 10:00 is a business day", "2026-12-31T08:00:00Z", "2026-12-31T13:00:00.000Z"],
  ])("%s", (_name, submitted, expected) => {
    expect(deadline(submitted)).toBe(expected);
  });
  it("returns a new Date and leaves the argument alone", () => {
    const at = new Date("2026-03-27T12:59:00Z");
    const result = sameDayDeadline(at);
    expect(result).not.toBe(at);
    expect(at.toISOString()).toBe("2026-03-27T12:59:00.000Z");
  });
  it("refuses an invalid Date", () => {
    expect(() => sameDayDeadline(new Date("nope"))).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
  });
});

describe("deadline label in the unsent queue: 'today' only for today", () => {
  const urgency = (deadline: string, now: string) => deadlineUrgency(new Date(deadline), new Date(now));
  // Tue 24.11.2026 15:00 Helsinki (EET) = 13:00Z; Wed 25.11. 15:00 = 13:00Z.
  it.each([
    ["due today 15:00, seen 10:00 → Tänään", "2026-11-24T13:00:00Z", "2026-11-24T08:00:00Z", "today"],
    ["due today 15:00, seen 14:30 → at risk", "2026-11-24T13:00:00Z", "2026-11-24T12:30:00Z", "at_risk"],
    ["due today 15:00, seen 15:00 → overdue", "2026-11-24T13:00:00Z", "2026-11-24T13:00:00Z", "overdue"],
    [
      "due tomorrow 15:00, seen today 15:01 (after the cut-off) → Huomenna",
      "2026-11-25T13:00:00Z",
      "2026-11-24T13:01:00Z",
      "tomorrow",
    ],
    [
      "due tomorrow 15:00, seen today 16:00 (under 24 h left) → Huomenna, not Tänään",
      "2026-11-25T13:00:00Z",
      "2026-11-24T14:00:00Z",
      "tomorrow",
    ],
    ["due tomorrow 15:00, seen today 23:59 → Huomenna", "2026-11-25T13:00:00Z", "2026-11-24T21:59:00Z", "tomorrow"],
    ["due tomorrow 15:00, seen after midnight → Tänään", "2026-11-25T13:00:00Z", "2026-11-24T22:00:00Z", "today"],
    ["due Monday 15:00, seen Friday 16:00 → later", "2026-11-30T13:00:00Z", "2026-11-27T14:00:00Z", "later"],
  ] as const)("%s", (_name, deadline, now, expected) => {
    expect(urgency(deadline, now)).toBe(expected);
  });

  it("has no deadline → later", () => {
    expect(deadlineUrgency(null, new Date("2026-11-24T08:00:00Z"))).toBe("later");
  });

  it("says today exactly when the deadline's Helsinki date is today's, and overdue once it has passed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.integer({ min: -3 * 86_400_000, max: 5 * 86_400_000 }),
        (nowMs, offset) => {
          const now = new Date(nowMs);
          const deadlineAt = new Date(nowMs + offset);
          const label = deadlineUrgency(deadlineAt, now);
          const sameDate = helsinkiToday(deadlineAt) === helsinkiToday(now);
          if (offset <= 0) return label === "overdue";
          // Today exactly when the dates match (unless within the last hour, which is "at risk").
          return sameDate ? label === "today" || label === "at_risk" : label !== "today" && label !== "overdue";
        },
      ),
    );
  });
});

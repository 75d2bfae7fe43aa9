import { describe, expect, it } from "vitest";
import { sameDayDeadline } from "./same-day-deadline";

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

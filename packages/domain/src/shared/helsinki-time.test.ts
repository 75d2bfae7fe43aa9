import { describe, expect, it } from "vitest";
import { helsinkiOffsetMinutes, helsinkiWallClockToEpoch, toHelsinkiWallClock } from "./helsinki-time";

const t = (iso: string) => Date.parse(iso);

describe("Europe/Helsinki offset by the EU rule", () => {
  it("switches at 01:00 UTC on the last Sundays of March and October 2026", () => {
    expect(helsinkiOffsetMinutes(t("2026-03-29T00:59:59Z"))).toBe(120);
    expect(helsinkiOffsetMinutes(t("2026-03-29T01:00:00Z"))).toBe(180);
    expect(helsinkiOffsetMinutes(t("2026-10-25T00:59:59Z"))).toBe(180);
    expect(helsinkiOffsetMinutes(t("2026-10-25T01:00:00Z"))).toBe(120);
  });
  it("agrees with the platform's tz database for every hour of 2024–2027", () => {
    const fmt = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", timeZoneName: "shortOffset" });
    for (let ms = t("2024-01-01T00:00:00Z"); ms < t("2028-01-01T00:00:00Z"); ms += 3_600_000) {
      const name = fmt.formatToParts(ms).find((p) => p.type === "timeZoneName")?.value;
      expect(`GMT+${helsinkiOffsetMinutes(ms) / 60}`).toBe(name);
    }
  });
  it("converts wall clock both ways", () => {
    expect(toHelsinkiWallClock(t("2026-03-27T13:00:00Z"))).toEqual({ date: "2026-03-27", minuteOfDay: 900 });
    expect(new Date(helsinkiWallClockToEpoch("2026-03-30", 900)).toISOString()).toBe("2026-03-30T12:00:00.000Z");
    expect(new Date(helsinkiWallClockToEpoch("2026-10-26", 900)).toISOString()).toBe("2026-10-26T13:00:00.000Z");
  });
});

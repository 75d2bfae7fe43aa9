import { lineStatus, SUPPORT_SERVICE_HOURS } from "@reskontra/domain";
import { describe, expect, it } from "vitest";
import { lineStatusText } from "./opening-text";

const status = (iso: string) => ({ now: new Date(iso), line: lineStatus(SUPPORT_SERVICE_HOURS, new Date(iso)) });

describe("a line's status in words", () => {
  it("open now says until when", () => {
    const { now, line } = status("2026-11-23T08:00:00Z");
    expect(lineStatusText(line, now, "fi")).toBe("Auki nyt, klo 16.00 asti");
    expect(lineStatusText(line, now, "en")).toBe("Open now, until 16.00");
  });
  it("closed on Friday evening opens on Monday; before opening, today; after closing on a weekday, tomorrow", () => {
    const friday = status("2026-11-27T14:00:00Z");
    expect(lineStatusText(friday.line, friday.now, "fi")).toBe("Avautuu ma 30.11. klo 8.00");
    expect(lineStatusText(friday.line, friday.now, "en")).toBe("Opens Mon 30/11 at 8.00");
    const early = status("2026-11-23T04:00:00Z");
    expect(lineStatusText(early.line, early.now, "fi")).toBe("Avautuu tänään klo 8.00");
    const evening = status("2026-11-23T16:00:00Z");
    expect(lineStatusText(evening.line, evening.now, "fi")).toBe("Avautuu huomenna klo 8.00");
  });
  it("over Christmas names Monday 28.12.", () => {
    const eve = status("2026-12-23T14:30:00Z");
    expect(lineStatusText(eve.line, eve.now, "fi")).toBe("Avautuu ma 28.12. klo 8.00");
  });
});

import { describe, expect, it } from "vitest";
import { monthText } from "./month-text";

describe("month text", () => {
  it("names the month in the user's language instead of the api's key", () => {
    expect(monthText("fi", "2026-11")).toBe("marraskuu 2026");
    expect(monthText("en", "2026-11")).toBe("November 2026");
    expect(monthText("fi", "2027-01")).toBe("tammikuu 2027");
  });
});

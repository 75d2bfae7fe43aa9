import { describe, expect, it } from "vitest";
import { outcomeText } from "./outcome-text";

describe("dry-run outcome text", () => {
  it("writes the earliest day as a date of the user's language", () => {
    const tooEarly = { outcome: "too_early", sequence: null, earliestDate: "2026-11-29" } as const;
    expect(outcomeText("fi", tooEarly)).toBe("Liian aikaisin (aikaisintaan 29.11.2026)");
    expect(outcomeText("fi", { ...tooEarly, outcome: "interval" })).toBe("Väli ei ole kulunut (aikaisintaan 29.11.2026)");
    expect(outcomeText("en", tooEarly)).not.toContain("2026-11-29");
    expect(outcomeText("fi", { outcome: "send", sequence: 1, earliestDate: null })).toBe("Lähetetään (1. muistutus)");
  });
});

import { describe, expect, it } from "vitest";
import { eventDetailsText } from "./event-details";

describe("reminder event details", () => {
  it("names the channel and shows the fee and the claimed 40 € compensation in euros", () => {
    const params = { sequence: 1, channel: "einvoice", feeCents: 1200, interestCents: 0, compensationCents: 4000 };
    expect(eventDetailsText("fi", params)).toBe(
      "1. muistutus · Verkkolasku · perintäkulu 12,00\u00a0€ · 40 € korvaus 40,00\u00a0€",
    );
    expect(eventDetailsText("en", { sequence: 2, channel: "email", feeCents: 500 })).not.toContain("email ");
  });
});

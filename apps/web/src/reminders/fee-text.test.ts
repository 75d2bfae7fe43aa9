import { formatEuroAmount } from "@reskontra/domain";
import { describe, expect, it } from "vitest";
import { reminderText } from "./texts";

describe("transaction fee in the activation texts", () => {
  it("uses the decimal mark of the user's language", () => {
    expect(reminderText("fi", "activate.confirm", { fee: formatEuroAmount(25, "fi") })).toContain("0,25 € (ALV 0 %)");
    expect(reminderText("en", "activate.confirm", { fee: formatEuroAmount(25, "en") })).toContain("€0.25 (VAT 0 %)");
  });
});

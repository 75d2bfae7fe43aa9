import { describe, expect, it } from "vitest";
import { reminderText } from "./texts";
import { feeAmount } from "./fee-text";

describe("transaction fee in the activation texts", () => {
  it("uses the decimal mark of the user's language", () => {
    expect(reminderText("fi", "activate.confirm", { fee: feeAmount("fi", 25) })).toContain("0,25 € (ALV 0 %)");
    expect(reminderText("en", "activate.confirm", { fee: feeAmount("en", 25) })).toContain("€0.25 (VAT 0 %)");
  });
});

import { INBOUND_QUARANTINE_REASONS } from "@reskontra/domain";
import { describe, expect, it } from "vitest";
import { mailMessages } from "./messages";
import { reasonKey } from "./texts";

describe("quarantine reasons on screen", () => {
  it("words every reason the worker records, in both languages, and an unknown one as 'other'", () => {
    for (const reason of INBOUND_QUARANTINE_REASONS) {
      const key = reasonKey(reason);
      expect(key).toBe(`reason.${reason}`);
      expect(mailMessages.fi[key]).toBeTruthy();
      expect(mailMessages.en[key]).toBeTruthy();
    }
    expect(reasonKey("something_new")).toBe("reason.other");
    expect(reasonKey(null)).toBe("reason.other");
  });
});

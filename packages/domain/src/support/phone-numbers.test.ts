import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPhoneNumber, normalizePhoneNumber } from "./phone-numbers";

describe("phone numbers", () => {
  it("normalizes the ways Finns and PBXs write a number to E.164", () => {
    expect(normalizePhoneNumber("040 123 4567")).toBe("+358401234567");
    expect(normalizePhoneNumber("+358 40 123 4567")).toBe("+358401234567");
    expect(normalizePhoneNumber("+358 (0)40-123 4567")).toBe("+358401234567");
    expect(normalizePhoneNumber("00358401234567")).toBe("+358401234567");
    expect(normalizePhoneNumber("09 1234 5670")).toBe("+358912345670");
    expect(normalizePhoneNumber("+46 8 123 456 78")).toBe("+46812345678");
  });

  it("refuses what is no number", () => {
    for (const s of ["", "anonymous", "+", "123", "040-ABC", "+0401234567", "+3584012345678901234"]) {
      expect(normalizePhoneNumber(s)).toBeNull();
    }
  });

  it("writes a Finnish number in groups", () => {
    expect(formatPhoneNumber("+358401234567")).toBe("+358 40 123 4567");
    expect(formatPhoneNumber("+358912345670")).toBe("+358 9 1234 5670");
    expect(formatPhoneNumber("+46812345678")).toBe("+46812345678");
  });

  it("is idempotent, and the grouped form normalizes back", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+358(4\d|50|9)\d{6,7}$/), (e164) => {
        expect(normalizePhoneNumber(e164)).toBe(e164);
        expect(normalizePhoneNumber(formatPhoneNumber(e164))).toBe(e164);
      }),
    );
  });
});

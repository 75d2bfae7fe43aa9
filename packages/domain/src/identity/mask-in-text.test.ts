import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsIdentityCode, maskIdentityCodes } from "./mask-in-text";

describe("identity codes in free text", () => {
  it("masks the codes customers type, in any case and century", () => {
    expect(maskIdentityCodes("hetu 010101-123N, lapsen 010115A123X ja 311299+0008 sekä 010101a123n")).toBe(
      "hetu ******-****, lapsen ******-**** ja ******-**** sekä ******-****",
    );
  });

  it("leaves invoice and reference numbers alone", () => {
    const text = "Lasku 1001021 viite 10010214 ja puhelin 040 123 4567";
    expect(maskIdentityCodes(text)).toBe(text);
    expect(containsIdentityCode(text)).toBe(false);
  });

  it("never leaves a code's digits behind, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const masked = maskIdentityCodes(`${before} 131052-308T ${after}`);
        expect(masked).not.toContain("131052-308T");
      }),
    );
  });
});

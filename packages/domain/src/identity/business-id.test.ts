import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessIdCheckDigit, isValidBusinessId } from "./business-id";

describe("isValidBusinessId", () => {
  // Published IDs: the Finnish Patent and Registration Office (PRH), the Tax Administration, Nokia Oyj, Kela.
  it.each(["0244680-7", "0245458-3", "0112038-9", "0246246-0"])("accepts the official %s", (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each([
    ["wrong check digit", "0112038-8"],
    ["no hyphen", "01120389"],
    ["six digits", "112038-9"],
    ["letters", "O112038-9"],
    ["spaces", " 0112038-9"],
    // Remainder 1 has no check digit; such numbers are never issued.
    ["remainder 1", "0000006-0"],
    ["remainder 1, any digit", "0000006-1"],
  ])("refuses %s: %s", (_why, id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });

  it("accepts exactly one check digit for every seven digits that have one", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (digits) => {
        const check = businessIdCheckDigit(digits);
        const valid = [...Array(10).keys()].filter((d) => isValidBusinessId(`${digits}-${d}`));
        expect(valid).toEqual(check === null ? [] : [check]);
      }),
    );
  });
});

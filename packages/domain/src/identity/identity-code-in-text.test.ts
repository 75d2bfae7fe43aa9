import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invoiceNumber } from "../invoices/invoice-number";
import { createReference, formatReference } from "../invoices/reference";
import { findIdentityCode } from "./identity-code-in-text";

const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const SIGNS: Record<number, string[]> = {
  1800: ["+"],
  1900: ["-", "Y", "X", "W", "V", "U"],
  2000: ["A", "B", "C", "D", "E", "F"],
};
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Any identity code DVV could issue: a real birth date 1800–2099, an individual number 002–999, its check character. */
const validHetu = fc
  .record({
    date: fc.date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
    individual: fc.integer({ min: 2, max: 999 }),
    signIndex: fc.nat(),
  })
  .map(({ date, individual, signIndex }) => {
    const year = date.getUTCFullYear();
    const century = year - (year % 100);
    const signs = SIGNS[century] ?? ["-"];
    const ddmmyy = `${pad(date.getUTCDate(), 2)}${pad(date.getUTCMonth() + 1, 2)}${pad(year % 100, 2)}`;
    const check = CHECK_CHARS[Number(`${ddmmyy}${pad(individual, 3)}`) % 31] ?? "";
    return `${ddmmyy}${signs[signIndex % signs.length] ?? "-"}${pad(individual, 3)}${check}`;
  });

/** Words a person might write around the code on a row or in a note. */
const prose = fc.constantFrom("", "Asiakas ", "hetu: ", "Matti Meikäläinen, ", "(", "Siivous 3 h ", "\n");
const after = fc.constantFrom("", " ", ".", ", kiitos", ")", " Helsinki", "\n");

describe("a personal identity code typed into free text", () => {
  it("is found in the text the user sees refused: Maija Mäkinotkelma's 131052-308T on a row", () => {
    expect(findIdentityCode("Kotisiivous, Maija Mäkinotkelma 131052-308T")).toBe("131052-308T");
  });

  it("is found in lower case and with spaces around the century sign, as people type it", () => {
    expect(findIdentityCode("hetu 131052 - 308t")).toBe("131052-308T");
    expect(findIdentityCode("lapsi 010516b903x")).toBe("010516B903X");
  });

  it("every valid code generated is found, whatever ordinary text surrounds it", () => {
    fc.assert(
      fc.property(validHetu, prose, after, (code, before, rest) => {
        expect(findIdentityCode(`${before}${code}${rest}`)).toBe(code);
      }),
      { numRuns: 500 },
    );
  });

  it("ordinary invoice numbers and reference numbers are not mistaken for one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 999_999 }), fc.integer({ min: 1, max: 99_999 }), (user, sequence) => {
        const number = invoiceNumber(String(user), sequence);
        const reference = createReference(number);
        const text = `Lasku ${number}, viite ${reference} (${formatReference(reference)})`;
        expect(findIdentityCode(text)).toBeNull();
      }),
    );
  });

  it("phone numbers in the ways Finns write them are not mistaken for one", () => {
    const phone = fc
      .tuple(
        fc.constantFrom("040", "050", "044", "045", "09", "020"),
        fc.integer({ min: 100, max: 999 }),
        fc.integer({ min: 1000, max: 9999 }),
      )
      .chain(([area, a, b]) =>
        fc.constantFrom(
          `${area} ${a} ${b}`,
          `${area}-${a}${b}`,
          `${area}${a}${b}`,
          `+358 ${area.slice(1)} ${a} ${b}`,
          `(${area}) ${a} ${b}`,
        ),
      );
    fc.assert(
      fc.property(phone, (text) => {
        expect(findIdentityCode(`Soita ${text}`)).toBeNull();
      }),
    );
  });

  it("an order number that only looks like a code (no valid check character) is left for the document mask", () => {
    expect(findIdentityCode("Tilaus 201126-0001")).toBeNull();
    expect(findIdentityCode("131052-308U")).toBeNull();
  });
});

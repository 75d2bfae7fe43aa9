import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidHetu } from "./hetu";
import { containsIdentityCode, HETU_IN_TEXT, MASKED_IDENTITY_CODE, maskIdentityCodes } from "./mask-in-text";

const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const SIGNS: Record<number, string[]> = {
  1800: ["+"],
  1900: ["-", "Y", "X", "W", "V", "U"],
  2000: ["A", "B", "C", "D", "E", "F"],
};

/** A valid identity code (real date, individual number 002–999, right check character). */
const validHetu = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
    individual: fc.integer({ min: 2, max: 999 }),
    signIndex: fc.nat(),
  })
  .map(({ date, individual, signIndex }) => {
    const year = date.getUTCFullYear();
    const signs = SIGNS[year - (year % 100)] ?? ["-"];
    const two = (n: number) => String(n).padStart(2, "0");
    const digits = `${two(date.getUTCDate())}${two(date.getUTCMonth() + 1)}${two(year % 100)}`;
    const nnn = String(individual).padStart(3, "0");
    const check = CHECK_CHARS[Number(`${digits}${nnn}`) % 31] ?? "0";
    return `${digits}${signs[signIndex % signs.length] ?? "-"}${nnn}${check}`;
  });

const hex = (c: string, upper: boolean) => {
  const h = c.charCodeAt(0).toString(16).padStart(2, "0");
  return upper ? h.toUpperCase() : h;
};
/** How one character may be written in a log line, a URL or JSON inside JSON. */
const CHAR_FORMS: ((c: string) => string)[] = [
  (c) => c,
  (c) => c.toLowerCase(),
  (c) => `%${hex(c, true)}`,
  (c) => `%${hex(c, false)}`,
  (c) => `%25${hex(c, true)}`,
  (c) => `%2525${hex(c, false)}`,
  (c) => `%5Cu00${hex(c, false)}`,
  (c) => `\\u00${hex(c, false)}`,
  (c) => `\\u00${hex(c, true)}`,
  (c) => `\\\\u00${hex(c, false)}`,
];
const encoded = fc
  .tuple(validHetu, fc.array(fc.nat(CHAR_FORMS.length - 1), { minLength: 11, maxLength: 11 }))
  .map(([code, forms]) => ({ code, text: [...code].map((c, i) => CHAR_FORMS[forms[i] ?? 0]?.(c) ?? c).join("") }));
/** Where a code turns up in a serialized log line. */
const CONTEXTS: ((s: string) => string)[] = [
  (s) => `{"msg":"${s}"}`,
  (s) => `{"url":"/trpc/invoices.search?input=%7B%22json%22%3A%7B%22query%22%3A%22${s}%22%7D%7D"}`,
  (s) => `{"err":{"message":"line one\\n${s} is not valid"}}`,
  (s) => `{"body":"{\\"hetu\\":\\"${s}\\"}"}`,
  (s) => `q=${s}&x=1`,
  (s) => `hetu: ${s}.`,
];

describe("identity codes in free text", () => {
  it("masks the codes customers type, in any case and century", () => {
    expect(maskIdentityCodes("hetu 010101-123N, lapsen 010115A123X ja 311299+0008 sekä 010101a123n")).toBe(
      "hetu ******-****, lapsen ******-**** ja ******-**** sekä ******-****",
    );
  });

  it("masks the percent-encoded, JSON-escaped and lower-case forms a URL or a log line carries", () => {
    for (const form of [
      "131052%2D308T",
      "131052%2d308t",
      "131052\\u002d308T",
      "131052\\u002D308T",
      "131052\\\\u002d308T",
      "131052%252D308T",
      "010181%2B900W",
    ]) {
      expect(maskIdentityCodes(`{"url":"/x?q=%22${form}%22"}`)).toBe(`{"url":"/x?q=%22${MASKED_IDENTITY_CODE}%22"}`);
    }
    expect(maskIdentityCodes('{"msg":"rivi\\n131052-308t"}')).toBe(`{"msg":"rivi\\n${MASKED_IDENTITY_CODE}"}`);
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

  it("masks any valid code, each character written plainly, lower-cased, percent-encoded or JSON-escaped, wherever it sits", () => {
    fc.assert(
      fc.property(encoded, fc.nat(CONTEXTS.length - 1), ({ code, text }, where) => {
        expect(isValidHetu(code)).toBe(true);
        const line = CONTEXTS[where]?.(text) ?? text;
        const masked = maskIdentityCodes(line);
        expect(masked).toContain(MASKED_IDENTITY_CODE);
        expect(masked).not.toContain(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("skips the full pattern only for text it could not match: the same result as the pattern itself", () => {
    // Text made of the characters codes and their encodings are made of, so near-misses are common.
    const piece = fc.oneof(
      fc.constantFrom(...'0123456789-+AaFfUuYyXx %\\"n'.split("")),
      fc.constantFrom("%2D", "%252d", "\\u002d", "\\\\u0041", "%5Cu0030", "%20", "\n"),
      encoded.map(({ text }) => text),
      validHetu,
      // Spaced around the century sign, as typed in a hurry.
      validHetu.map((code) => `${code.slice(0, 6)} ${code.slice(6, 7)} ${code.slice(7)}`),
      validHetu.map((code) => `${code.slice(0, 6)}\t${code.slice(6)}`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(maskIdentityCodes(text)).toBe(text.replace(HETU_IN_TEXT, MASKED_IDENTITY_CODE));
      }),
      { numRuns: 3000 },
    );
  });

  it("masks a code however a whole string was encoded: encodeURIComponent, JSON, JSON inside JSON", () => {
    fc.assert(
      fc.property(validHetu, fc.boolean(), (code, lower) => {
        const c = lower ? code.toLowerCase() : code;
        for (const form of [
          encodeURIComponent(c),
          JSON.stringify(c),
          JSON.stringify(JSON.stringify({ hetu: c })),
          encodeURIComponent(JSON.stringify({ q: c })),
        ]) {
          expect(maskIdentityCodes(form)).not.toContain(c.slice(7));
        }
      }),
    );
  });

  it("leaves ordinary numbers alone: amounts, invoice and reference numbers, dates, instants, ids, phone numbers", () => {
    const ordinary = fc.oneof(
      fc.integer().map(String),
      fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc
        .integer({ min: 0, max: 10 ** 9 })
        .map((c) => `${Math.floor(c / 100).toLocaleString("fi-FI")},${String(c % 100).padStart(2, "0")} €`),
      fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(Date.UTC(2200, 0, 1)) }).map((d) => d.toISOString()),
      fc
        .date({ noInvalidDate: true, min: new Date(0), max: new Date(Date.UTC(2200, 0, 1)) })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.uuid(),
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => `+35840${String(n).padStart(8, "0")}`),
    );
    fc.assert(
      fc.property(fc.array(ordinary, { maxLength: 6 }), (parts) => {
        const line = JSON.stringify({
          msg: parts.join(" "),
          ids: parts,
          url: `/x?${parts.map((p) => `a=${encodeURIComponent(p)}`).join("&")}`,
        });
        expect(maskIdentityCodes(line)).toBe(line);
      }),
      { numRuns: 1000 },
    );
  });
});

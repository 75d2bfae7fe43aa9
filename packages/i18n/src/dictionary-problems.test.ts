import { describe, expect, it } from "vitest";
import { findDictionaryProblems } from "./dictionary-problems";
import type { Dictionary } from "./translate";

// Built loosely on purpose: these are the mistakes defineMessages' types would refuse.
const loose = (fi: Dictionary, en: Dictionary) => ({ fi, en });

describe("findDictionaryProblems", () => {
  it("finds nothing wrong in matching languages", () => {
    const plural = { one: "{count} lasku", other: "{count} laskua" };
    expect(findDictionaryProblems(loose({ n: plural, hi: "Hei {name}" }, { n: plural, hi: "Hi {name}" }))).toEqual([]);
  });

  it("names a key missing from either language", () => {
    expect(findDictionaryProblems(loose({ hi: "Hei", bye: "Hei hei" }, { hi: "Hi", extra: "x" }))).toEqual([
      "extra: English only",
      "bye: no English text",
    ]);
  });

  it("names a plural in one language only, one without a singular, and differing placeholders", () => {
    expect(
      findDictionaryProblems(
        loose(
          { n: { other: "{count} kpl" }, m: "{count} laskua", p: "Hei {name}" },
          { n: "{count} pcs", m: { one: "{count} invoice", other: "{count} invoices" }, p: "Hi" },
        ),
      ),
    ).toEqual([
      "n: plural in one language only",
      "n: plural without a singular",
      "m: plural in one language only",
      'p: placeholders differ in "Hi"',
    ]);
  });
});

describe("findDictionaryProblems with Swedish", () => {
  it("checks Swedish against Finnish as it checks English", () => {
    const fi = { hi: "Hei {name}", due: "Eräpäivä" };
    const en = { hi: "Hi {name}", due: "Due date" };
    expect(findDictionaryProblems({ fi, en, sv: { hi: "Hej {name}", due: "Förfallodag" } })).toEqual([]);
    expect(findDictionaryProblems({ fi, en, sv: { hi: "Hej" } })).toEqual([
      'hi: placeholders differ in "Hej"',
      "due: no Swedish text",
    ]);
  });
});

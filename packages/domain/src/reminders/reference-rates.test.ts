import { describe, expect, it } from "vitest";
import { halfYearOf, nextHalfYear, validateReferenceRate } from "./reference-rates";

describe("validateReferenceRate", () => {
  const ok = { year: 2027, half: 1, rateBp: 250, source: "Suomen Pankki, tiedote 30.12.2026" };
  it("accepts a half-point rate with its source and gives the half-year's days", () => {
    expect(validateReferenceRate(ok)).toEqual({ ok: true, period: { year: 2027, half: 1, from: "2027-01-01", to: "2027-06-30" } });
  });
  it("refuses absurd rates in plain words, at the field", () => {
    expect(validateReferenceRate({ ...ok, rateBp: -50 })).toMatchObject({ ok: false, code: "REFERENCE_RATE_NEGATIVE", field: "rateBp" });
    expect(validateReferenceRate({ ...ok, rateBp: 2050 })).toMatchObject({ ok: false, code: "REFERENCE_RATE_TOO_HIGH", field: "rateBp" });
    expect(validateReferenceRate({ ...ok, rateBp: 215 })).toMatchObject({ ok: false, code: "REFERENCE_RATE_STEP", field: "rateBp" });
    expect(validateReferenceRate({ ...ok, half: 3 })).toMatchObject({ ok: false, field: "half" });
    expect(validateReferenceRate({ ...ok, source: "  " })).toMatchObject({ ok: false, field: "source" });
  });
});

describe("half-years", () => {
  it("1.1.–30.6. and 1.7.–31.12., the next after the second is the next year's first", () => {
    expect(halfYearOf("2026-06-30")).toMatchObject({ half: 1, from: "2026-01-01" });
    expect(halfYearOf("2026-07-01")).toMatchObject({ half: 2, to: "2026-12-31" });
    expect(nextHalfYear({ year: 2026, half: 2 })).toMatchObject({ year: 2027, half: 1, from: "2027-01-01" });
  });
});

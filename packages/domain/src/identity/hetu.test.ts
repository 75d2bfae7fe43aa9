import { describe, expect, it } from "vitest";
import { isValidHetu, parseHetu } from "./hetu";

// DVV's fictitious persons for the 2023 century-sign reform
// (https://dvv.fi/en/reform-of-personal-identity-code), as listed in
// github:vkomulai/finnish-ssn test/finnish-ssn_test.ts and other validators.
const DVV_2023 = [
  "010594Y9021",
  "020594X903P",
  "020594X902N",
  "030594W903B",
  "030694W9024",
  "040594V9030",
  "040594V902Y",
  "050594U903M",
  "050594U902L",
  "010516B903X",
  "010516B902W",
  "020516C903K",
  "020516C902J",
  "030516D9037",
  "030516D9026",
  "010501E9032",
  "020502E902X",
  "020503F9037",
  "020504A902E",
  "020504B904H",
  "010594Y9032",
];

describe("henkilötunnus", () => {
  it.each(DVV_2023)("DVV 2023 example %s is valid [https://dvv.fi/en/reform-of-personal-identity-code]", (code) => {
    expect(isValidHetu(code)).toBe(true);
  });
  it("the same person's code differs only by century sign: 010594Y9021 and 010594-9021 [https://dvv.fi/hetu-uudistus]", () => {
    expect(parseHetu("010594Y9021")).toEqual(parseHetu("010594-9021"));
  });
  it("VRK leaflet: Maija Mäkinotkelma 131052-308T is a woman born 13.10.1952 [https://abcdocz.com/doc/4999649/mit%C3%A4-henkil%C3%B6tunnus-kertoo%3F]", () => {
    expect(parseHetu("131052-308T")).toEqual({ ok: true, birthDate: "1952-10-13", sex: "female", temporary: false });
  });
  it("centuries: + 1800s, A–F 2000s; sex from the individual number; 900–999 temporary", () => {
    expect(parseHetu("010195+433X")).toMatchObject({ ok: true, birthDate: "1895-01-01", sex: "male" });
    expect(parseHetu("290200A248A")).toMatchObject({ ok: true, birthDate: "2000-02-29", sex: "female" });
    expect(parseHetu("020516C903K")).toMatchObject({ ok: true, birthDate: "2016-05-02", sex: "male", temporary: true });
  });
  it.each([
    ["290299-123U", "HETU_DATE_INVALID"], // 29.2.1999 does not exist
    ["320198-123P", "HETU_DATE_INVALID"],
    ["131052-308U", "HETU_CHECKSUM_INVALID"],
    ["131052Z308T", "HETU_FORMAT_INVALID"],
    ["131052-308t", "HETU_FORMAT_INVALID"],
    [" 131052-308T", "HETU_FORMAT_INVALID"],
    ["010101-0012", "HETU_INDIVIDUAL_NUMBER_INVALID"],
  ])("refuses %s with %s", (code, expected) => {
    expect(parseHetu(code)).toMatchObject({ ok: false, code: expected, field: "hetu" });
  });
  it("with `today`, refuses a birth date in the future", () => {
    expect(parseHetu("010195B433X", { today: "2026-01-01" })).toMatchObject({ ok: false, code: "HETU_BIRTH_DATE_IN_FUTURE" });
    expect(isValidHetu("010195B433X")).toBe(true);
  });
});

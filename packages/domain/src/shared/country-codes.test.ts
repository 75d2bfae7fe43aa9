import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countryCodeForName, countryName, isCountryCode } from "./country-codes";

describe("ISO 3166-1 alpha-2 country codes", () => {
  it("knows Finland, Sweden and Åland by code and names them in the reader's language", () => {
    expect(isCountryCode("FI")).toBe(true);
    expect(countryName("SE", "fi")).toBe("Ruotsi");
    expect(countryName("SE", "en")).toBe("Sweden");
    expect(countryName("AX", "fi")).toBe("Ahvenanmaa");
  });

  it("refuses ZZ, user-assigned XK, lower case and three letters", () => {
    for (const code of ["ZZ", "XK", "EU", "fi", "FIN", "", "F"]) expect(isCountryCode(code)).toBe(false);
    expect(countryName("ZZ", "fi")).toBeNull();
  });

  it("finds the code for a country typed by its name", () => {
    expect(countryCodeForName("ruotsi")).toBe("SE");
    expect(countryCodeForName(" Germany ")).toBe("DE");
    expect(countryCodeForName("Atlantis")).toBeNull();
  });

  it("holds exactly the 249 assigned codes, each two capitals with both names", () => {
    const codes: string[] = [];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
    const known = codes.filter(isCountryCode);
    expect(known).toHaveLength(249);
    fc.assert(
      fc.property(fc.constantFrom(...known), (code) => {
        expect(countryName(code, "fi")).toBeTruthy();
        expect(countryCodeForName(countryName(code, "en") ?? "")).toBe(code);
      }),
    );
  });
});

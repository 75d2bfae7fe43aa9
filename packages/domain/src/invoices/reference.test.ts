import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { invoiceNumber, referenceSearchPrefix } from "./invoice-number";
import { createReference, formatReference, isValidReference } from "./reference";
import { formatRfReference, isValidRfReference, toRfReference } from "./rf-reference";

const FKL = "https://www.finanssiala.fi/wp-content/uploads/2021/03/kotimaisen_viitteen_rakenneohje.pdf";

describe("invoiceNumber (DESIGN.md §1)", () => {
  it("user 100102's 57th invoice is 10010257", () => {
    expect(invoiceNumber("100102", 57)).toBe("10010257");
    expect(invoiceNumber("100102", 1)).toBe("1001021");
  });
  it.each([["10010"], ["1001023"], ["10010a"], [""]])("refuses user number %j", (u) => {
    expect(() => invoiceNumber(u, 1)).toThrow(expect.objectContaining({ code: "USER_NUMBER_INVALID", field: "userNumber" }));
  });
  it.each([[0], [-1], [1.5], [Number.NaN]])("refuses sequence %j", (s) => {
    expect(() => invoiceNumber("100102", s)).toThrow(expect.objectContaining({ code: "INVOICE_SEQUENCE_INVALID" }));
  });
  it("reads prefix searches 100102% and 100102*", () => {
    expect(referenceSearchPrefix("100102%")).toBe("100102");
    expect(referenceSearchPrefix("100102*")).toBe("100102");
    expect(referenceSearchPrefix("abc")).toBeNull();
  });
});

describe("national reference", () => {
  it(`FKL example 123456 → 1234561, paper 12 34561 [${FKL}]`, () => {
    expect(createReference("123456")).toBe("1234561");
    expect(formatReference("1234561")).toBe("12 34561");
    expect(formatReference("00000000000001234561")).toBe("12 34561");
  });
  it("the invoice number is the reference base", () => {
    expect(createReference(invoiceNumber("100102", 57))).toBe("100102578");
    expect(formatReference("100102578")).toBe("1001 02578");
  });
  it("accepts spaces and 4–20 digits only", () => {
    expect(isValidReference("12 34561")).toBe(true);
    expect(isValidReference("1234562")).toBe(false);
    expect(isValidReference("10")).toBe(false);
    expect(isValidReference("12a4561")).toBe(false);
  });
  it.each([["12"], ["12345678901234567890"], ["12a"], [""]])("createReference refuses base %j", (b) => {
    expect(() => createReference(b)).toThrow(DomainError);
    expect(() => createReference(b)).toThrow(expect.objectContaining({ code: "REFERENCE_BASE_INVALID" }));
  });

  const base = fc.stringMatching(/^\d{3,19}$/);
  it("property: every createReference output is valid", () => {
    fc.assert(fc.property(base, (b) => isValidReference(createReference(b))));
  });
  it("property: changing any one digit of a valid reference invalidates it", () => {
    fc.assert(
      fc.property(base, fc.nat(), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
        const ref = createReference(b);
        const i = pos % ref.length;
        const changed = ref.slice(0, i) + String((Number(ref[i]) + delta) % 10) + ref.slice(i + 1);
        return !isValidReference(changed);
      }),
    );
  });
});

describe("RF creditor reference (ISO 11649)", () => {
  it("Finance Finland RF guide example: 2348236 → RF33 2348 236 [https://ohjelmointiputka.net/keskustelu/28915-python-kansainv%C3%A4lisen-viitenumeron-muodostaminen]", () => {
    expect(toRfReference("2348236")).toBe("RF332348236");
    expect(formatRfReference("rf332348236")).toBe("RF33 2348 236");
  });
  it("accepts spaces and lower case, refuses check digits outside 02–98", () => {
    expect(isValidRfReference("rf33 2348 236")).toBe(true);
    expect(isValidRfReference("RF00 2348 236")).toBe(false);
    expect(isValidRfReference("RF99 2348 236")).toBe(false);
    expect(isValidRfReference("RF332348237")).toBe(false);
  });
  it("SEPA usage example RF712348231 [https://wiki.xmldation.com/Support/RBS/CT_Rules/Access_Online/RFCreditorReference]", () => {
    expect(isValidRfReference("RF712348231")).toBe(true);
    expect(isValidRfReference("RF712348232")).toBe(false);
  });
  it("toRfReference refuses an invalid national reference", () => {
    expect(() => toRfReference("1234562")).toThrow(expect.objectContaining({ code: "REFERENCE_INVALID" }));
  });
  it("property: the RF form of any created reference is valid", () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{3,19}$/), (b) => isValidRfReference(toRfReference(createReference(b)))));
  });
});

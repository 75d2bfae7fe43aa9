import { describe, expect, it } from "vitest";
import { extractIdentifiers } from "./identifiers";

const kinds = (text: string) => extractIdentifiers(text).map((f) => [f.kind, f.value]);

describe("extractIdentifiers", () => {
  it("finds invoice numbers, references, RF references and customer numbers by their keywords", () => {
    const text =
      "Lasku 10010257 on maksettu viitteellä 100102578, mutta näkyy avoimena. Asiakasnumero 4711. Toinen viite RF33 2348 236.";
    expect(kinds(text)).toEqual([
      ["invoice_number", "10010257"],
      ["reference", "100102578"],
      ["customer_number", "4711"],
      ["rf_reference", "RF332348236"],
    ]);
  });
  it("links in place: offsets point at the text", () => {
    const text = "Invoice 10010257 is wrong";
    const [found] = extractIdentifiers(text);
    expect(found && text.slice(found.start, found.end)).toBe("10010257");
  });
  it("reads a paper-form reference with spaces as one number", () => {
    expect(kinds("viitenumero 12 34561 ei toimi")).toEqual([["reference", "1234561"]]);
  });
  it("trusts a bare number only when it is a valid reference of invoice-number length", () => {
    expect(kinds("maksoin 100102578 eilen")).toEqual([["reference", "100102578"]]);
    expect(kinds("maksoin 100102579 eilen")).toEqual([]);
  });
  it("ignores phone numbers, amounts and dates", () => {
    expect(kinds("Soita 040 1234567 tai 09 123 4567. Summa 120,50 €, eräpäivä 1.4.2026.")).toEqual([]);
  });
  it("document and work order numbers, English keywords", () => {
    expect(kinds("Työmääräys 5521 ja dokumentti 88123")).toEqual([
      ["work_order_number", "5521"],
      ["document_number", "88123"],
    ]);
    expect(kinds("customer no 100234, reference 1234561")).toEqual([
      ["customer_number", "100234"],
      ["reference", "1234561"],
    ]);
  });
  it("an RF reference followed by words keeps only its valid part", () => {
    expect(kinds("RF33 2348 236 ABC maksettu")).toEqual([["rf_reference", "RF332348236"]]);
  });
});

describe("extractIdentifiers: RF edge cases", () => {
  it("machine form, lower-case prefix, and a trailing group-like word", () => {
    expect(kinds("viite RF332348236.")).toEqual([["rf_reference", "RF332348236"]]);
    expect(kinds("rf33 2348 236")).toEqual([["rf_reference", "RF332348236"]]);
    expect(kinds("RF71 2348 231 OK")).toEqual([["rf_reference", "RF712348231"]]);
  });
});

import { describe, expect, it } from "vitest";
import { epcQrPayload } from "./epc-qr";

// Payloads decoded from EPC QR codes in segno's documentation of EPC069-12:
// https://github.com/heuer/segno/blob/1.4.1/docs/epc-qrcodes.rst
const SEGNO = "https://github.com/heuer/segno/blob/1.4.1/docs/epc-qrcodes.rst";

describe("epcQrPayload (EPC069-12 v002)", () => {
  it(`Wikipedia donation, EUR20, ISO 8859-1 [${SEGNO}]`, () => {
    const payload = epcQrPayload({
      name: "Wikimedia Foerdergesellschaft",
      iban: "DE33100205000001194700",
      amountCents: 2000,
      remittanceText: "Spende fuer Wikipedia",
      characterSet: 2,
    });
    expect(payload).toBe(
      "BCD\n002\n2\nSCT\n\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR20\n\n\nSpende fuer Wikipedia",
    );
  });
  it(`Wikipedia donation, EUR13.05, UTF-8 [${SEGNO}]`, () => {
    const payload = epcQrPayload({
      name: "Wikimedia Foerdergesellschaft",
      iban: "DE33100205000001194700",
      amountCents: 1305,
      remittanceText: "Spende fuer Wikipedia",
    });
    expect(payload).toBe(
      "BCD\n002\n1\nSCT\n\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR13.05\n\n\nSpende fuer Wikipedia",
    );
  });
  it("an invoice: national reference carried in its RF form, nothing after the last element", () => {
    const payload = epcQrPayload({
      name: "Toiminimi Virtanen",
      iban: "FI79 4405 2020 0360 82",
      bic: "OKOYFIHH",
      amountCents: 12450,
      reference: "2348236",
    });
    expect(payload).toBe("BCD\n002\n1\nSCT\nOKOYFIHH\nToiminimi Virtanen\nFI7944052020036082\nEUR124.50\n\nRF332348236");
  });
  // Finanssiala (Finance Finland), "QR-koodin käyttö tilisiirtolomakkeella" (the Finnish banks' QR guide): the
  // due date travels in the beneficiary-to-originator information as "ReqdExctnDt/YYYY-MM-DD"; Finnish banking apps
  // read it to schedule the payment. Independent Finnish generators write the same "ReqdExctnDt/2014-01-02" form.
  it("carries the due date in the Finnish banks' form ReqdExctnDt/YYYY-MM-DD as the last line, the rest unchanged", () => {
    const payload = epcQrPayload({
      name: "Toiminimi Virtanen",
      iban: "FI79 4405 2020 0360 82",
      bic: "OKOYFIHH",
      amountCents: 12450,
      reference: "2348236",
      dueDate: "2026-11-23",
    });
    expect(payload).toBe(
      "BCD\n002\n1\nSCT\nOKOYFIHH\nToiminimi Virtanen\nFI7944052020036082\nEUR124.50\n\nRF332348236\n\nReqdExctnDt/2026-11-23",
    );
  });
  it("carries an invoice of a million euros or more, up to 999 999 999,99 €", () => {
    const base = { name: "A", iban: "FI7944052020036082", reference: "2348236" };
    expect(epcQrPayload({ ...base, amountCents: 100_000_000 }).split("\n")[7]).toBe("EUR1000000");
    expect(epcQrPayload({ ...base, amountCents: 99_999_999_999 }).split("\n")[7]).toBe("EUR999999999.99");
    expect(() => epcQrPayload({ ...base, amountCents: 100_000_000_000 })).toThrow(
      expect.objectContaining({ code: "EPC_AMOUNT_INVALID" }),
    );
  });
  it.each([
    ["a due date that is not a date", { name: "A", iban: "FI7944052020036082", dueDate: "23.11.2026" }, "DATE_INVALID"],
    ["empty name", { name: " ", iban: "FI7944052020036082" }, "EPC_NAME_INVALID"],
    ["bad IBAN", { name: "A", iban: "FI7844052020036082" }, "IBAN_INVALID"],
    ["bad BIC", { name: "A", iban: "FI7944052020036082", bic: "OKOY" }, "BIC_INVALID"],
    ["zero amount", { name: "A", iban: "FI7944052020036082", amountCents: 0 }, "EPC_AMOUNT_INVALID"],
    [
      "reference and text",
      { name: "A", iban: "FI7944052020036082", reference: "2348236", remittanceText: "x" },
      "EPC_REFERENCE_AND_TEXT",
    ],
    ["bad RF", { name: "A", iban: "FI7944052020036082", reference: "RF09 2348 236" }, "RF_REFERENCE_INVALID"],
  ])("refuses %s", (_n, input, code) => {
    expect(() => epcQrPayload(input)).toThrow(expect.objectContaining({ code }));
  });
});

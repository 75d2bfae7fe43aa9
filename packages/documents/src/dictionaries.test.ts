import { findDictionaryProblems } from "@reskontra/i18n";
import { describe, expect, it } from "vitest";
import { invoiceDocumentMessages, invoiceDocumentTexts } from "./invoices/messages";
import { statementMessages } from "./vouchers/messages";

describe.each([
  ["invoice document", invoiceDocumentMessages],
  ["statement", statementMessages],
])("the %s texts", (_name, messages) => {
  it("have an English text for every Finnish key, plural where the Finnish is, with the same placeholders", () => {
    expect(findDictionaryProblems(messages)).toEqual([]);
  });
});

describe("payment terms", () => {
  // Was "1 päivää netto" / "1 days net" before the texts had plurals.
  it.each([
    ["fi", 1, "1 päivä netto"],
    ["fi", 14, "14 päivää netto"],
    ["en", 1, "1 day net"],
    ["en", 14, "14 days net"],
    ["sv", 1, "1 dag netto"],
    ["sv", 14, "14 dagar netto"],
  ] as const)("%s, %i days", (language, count, text) => {
    expect(invoiceDocumentTexts(language)("paymentTerms", { count })).toBe(text);
  });
});

describe("a Swedish-speaking customer's documents", () => {
  it("are titled and labelled in Swedish", () => {
    const t = invoiceDocumentTexts("sv");
    expect([t("titleInvoice"), t("titleReminder"), t("dueDate"), t("reference"), t("creditNotice")]).toEqual([
      "Faktura",
      "Betalningspåminnelse",
      "Förfallodag",
      "Referensnummer",
      "Kredit, inget att betala",
    ]);
  });
});

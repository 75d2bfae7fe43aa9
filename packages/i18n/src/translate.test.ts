import { describe, expect, it } from "vitest";
import { createTranslator, defineDocumentMessages, defineMessages, formatMessage, pluralCategory } from "./translate";

const messages = defineMessages({
  fi: { invoices: { one: "{count} lasku", other: "{count} laskua" }, hello: "Hei, {name}" },
  en: { invoices: { one: "{count} invoice", other: "{count} invoices" }, hello: "Hello, {name}" },
});

describe("plural selection", () => {
  it.each([
    [1, "1 lasku"],
    [2, "2 laskua"],
    [0, "0 laskua"],
    // Finnish has no "one" form for 21 (unlike Russian); only exactly 1 is singular.
    [21, "21 laskua"],
  ])("Finnish: %i", (count, text) => {
    expect(createTranslator(messages, "fi")("invoices", { count })).toBe(text);
  });

  it.each([
    [1, "1 invoice"],
    [2, "2 invoices"],
    [0, "0 invoices"],
    [21, "21 invoices"],
  ])("English: %i", (count, text) => {
    expect(createTranslator(messages, "en")("invoices", { count })).toBe(text);
  });

  it("uses the CLDR categories of each language", () => {
    expect(pluralCategory("fi", 1)).toBe("one");
    expect(pluralCategory("fi", 21)).toBe("other");
    expect(pluralCategory("en", 1)).toBe("one");
    expect(pluralCategory("en", 1.5)).toBe("other");
  });

  it("fills params and leaves an unknown placeholder visible", () => {
    expect(createTranslator(messages, "fi")("hello", { name: "Aino" })).toBe("Hei, Aino");
    expect(formatMessage("en", "Hello, {name}")).toBe("Hello, {name}");
  });

  it("falls back to the other form when a language has no form for the category", () => {
    expect(formatMessage("fi", { other: "{count} kpl" }, { count: 1 })).toBe("1 kpl");
  });

  it("refuses, at compile time, English texts that miss a Finnish key or lose a plural", () => {
    // @ts-expect-error: "bye" has no English text
    defineMessages({ fi: { hi: "Hei", bye: "Hei hei" }, en: { hi: "Hi" } });
    // @ts-expect-error: a Finnish plural must stay a plural in English
    defineMessages({ fi: { n: { one: "{count} lasku", other: "{count} laskua" } }, en: { n: "{count} invoices" } });
    const t = createTranslator(messages, "en");
    // @ts-expect-error: a plural text needs its count
    expect(t("invoices")).toBe("{count} invoices");
  });
});

describe("Swedish, for texts a customer reads", () => {
  const documentTexts = defineDocumentMessages({
    fi: { due: "Eräpäivä {date}", rows: { one: "{count} rivi", other: "{count} riviä" } },
    en: { due: "Due date {date}", rows: { one: "{count} row", other: "{count} rows" } },
    sv: { due: "Förfallodag {date}", rows: { one: "{count} rad", other: "{count} rader" } },
  });

  it("translates with Swedish plural rules", () => {
    const t = createTranslator(documentTexts, "sv");
    expect(t("due", { date: "7.12.2026" })).toBe("Förfallodag 7.12.2026");
    expect(t("rows", { count: 1 })).toBe("1 rad");
    expect(t("rows", { count: 3 })).toBe("3 rader");
  });

  it("refuses, at compile time, Swedish from a dictionary that has none, and a Swedish text that misses a key", () => {
    // @ts-expect-error: a screen's dictionary has no Swedish
    expect(() => createTranslator(messages, "sv")).toThrow(/no sv texts/);
    // @ts-expect-error: "bye" has no Swedish text
    defineDocumentMessages({ fi: { hi: "Hei", bye: "Hei hei" }, en: { hi: "Hi", bye: "Bye" }, sv: { hi: "Hej" } });
  });
});

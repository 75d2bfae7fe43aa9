import { createTranslator, findDictionaryProblems } from "@reskontra/i18n";
import { expect, it } from "vitest";
import { reminderDocumentMessages } from "./reminders/messages";

it("the reminder document texts have an English text for every Finnish key, with the same placeholders", () => {
  expect(findDictionaryProblems(reminderDocumentMessages)).toEqual([]);
});

it("a Swedish-speaking customer's reminder rows read in Swedish (Dröjsmålsränta, Påminnelseavgift)", () => {
  const t = createTranslator(reminderDocumentMessages, "sv");
  expect(t("interest", { rate: "10,5 %", from: "23.11.2026", to: "30.11.2026" })).toBe(
    "Dröjsmålsränta 10,5 % 23.11.2026–30.11.2026",
  );
  expect(t("fee")).toBe("Påminnelseavgift");
});

import { findDictionaryProblems } from "@reskontra/i18n";
import { expect, it } from "vitest";
import { reminderDocumentMessages } from "./reminders/messages";

it("the reminder document texts have an English text for every Finnish key, with the same placeholders", () => {
  expect(findDictionaryProblems(reminderDocumentMessages)).toEqual([]);
});

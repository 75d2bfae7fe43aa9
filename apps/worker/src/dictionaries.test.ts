import { findDictionaryProblems } from "@reskontra/i18n";
import { describe, expect, it } from "vitest";
import { dispatchMailMessages } from "./dispatch/messages";
import { deadlineMissedMail } from "./invoices/deadline-texts";
import { deadlineMailMessages, dispatchFailedMailMessages } from "./invoices/messages";

describe.each([
  ["dispatch mail", dispatchMailMessages],
  ["deadline mail", deadlineMailMessages],
  ["failed dispatch mail", dispatchFailedMailMessages],
])("the %s texts", (_name, messages) => {
  it("have an English text for every Finnish key, plural where the Finnish is, with the same placeholders", () => {
    expect(findDictionaryProblems(messages)).toEqual([]);
  });
});

describe("the deadline mail", () => {
  it("speaks of one late invoice in the singular (it said '1 laskua … Lähetä ne' before)", () => {
    const late = [{ id: "a1", invoiceNumber: "2026-0007", deadlineAt: "2026-11-20T13:00:00Z" }];
    const { body } = deadlineMissedMail("2026-11-23", late, "https://reskontra.test");
    expect(body).toContain("klo 15.00 tarkistuksessa 1 lasku oli yhä lähettämättä määräajan jälkeen:");
    expect(body).toContain("Lähetä se tai palauta korjattavaksi mahdollisimman pian.");
  });
});

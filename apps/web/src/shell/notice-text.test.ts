import { describe, expect, it } from "vitest";
import { createTranslator } from "@reskontra/i18n";
import { shellMessages } from "./messages";
import { noticeText } from "./notice-text";

const translate = (locale: "fi" | "en") => createTranslator(shellMessages, locale);

describe("notice text", () => {
  it("names the delivery method in the user's language, never its code", () => {
    expect(noticeText(translate("fi"), "invoice_sent", "1001022", { channel: "einvoice" })).toBe(
      "Lasku 1001022 on lähetetty asiakkaalle (verkkolasku).",
    );
    expect(noticeText(translate("en"), "invoice_sent", "1001021", { channel: "email" })).toBe(
      "Invoice 1001021 was sent to the customer (e-mail).",
    );
    expect(noticeText(translate("fi"), "invoice_sent", "1001023", { channel: "fax" })).toBe(
      "Lasku 1001023 on lähetetty asiakkaalle.",
    );
  });

  it("names a support request's missed SLA target in words, never its code", () => {
    const params = { ticketId: "t", ticketNumber: 100005, target: "first_response" };
    expect(noticeText(translate("fi"), "support.sla_breached", null, params)).toBe(
      "Tukipyynnön #100005 ensivastauksen tavoiteaika ylittyi.",
    );
    expect(noticeText(translate("en"), "support.sla_breached", null, { ...params, target: "resolution" })).toBe(
      "Request #100005 missed its resolution target.",
    );
  });
});

describe("the missing reference rate notice", () => {
  it("reads as a sentence naming the half-year", () => {
    expect(noticeText(translate("fi"), "reminders.rate_missing", null, { periods: "1.1.–30.6.2027", outcome: "upcoming" })).toBe(
      "Viivästyskoron viitekorko puuttuu ajalta 1.1.–30.6.2027: syötä se ennen kauden alkua.",
    );
    expect(
      noticeText(translate("en"), "reminders.rate_missing", null, { periods: "1.7.–31.12.2026", outcome: "held", count: 3 }),
    ).toBe("Interest rate missing for 1.7.–31.12.2026: 3 payment reminders are waiting for it.");
  });
});

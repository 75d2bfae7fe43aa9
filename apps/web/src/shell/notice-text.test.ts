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

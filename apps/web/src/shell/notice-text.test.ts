import { describe, expect, it } from "vitest";
import { createTranslator } from "@reskontra/i18n";
import { shellMessages } from "./messages";
import { noticeText } from "./notice-text";

const translate = (locale: "fi" | "en") => createTranslator(shellMessages, locale);

describe("notice text", () => {
  it("names the delivery method in the user's language, never its code", () => {
    expect(noticeText(translate("fi"), "invoice_sent", "1001022", "einvoice")).toBe(
      "Lasku 1001022 on lähetetty asiakkaalle (verkkolasku).",
    );
    expect(noticeText(translate("en"), "invoice_sent", "1001021", "email")).toBe(
      "Invoice 1001021 was sent to the customer (e-mail).",
    );
    expect(noticeText(translate("fi"), "invoice_sent", "1001023", "fax")).toBe("Lasku 1001023 on lähetetty asiakkaalle.");
  });
});

import { describe, expect, it } from "vitest";
import { messages, type MessageKey } from "../i18n/messages";
import { noticeText } from "./notice-text";

const translate =
  (locale: "fi" | "en") =>
  (key: MessageKey, params: Record<string, string | number> = {}) =>
    messages[locale][key].replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));

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

import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS, type NotificationKind } from "@reskontra/domain";
import { createTranslator } from "@reskontra/i18n";
import { noticeMessages } from "./notice-messages";
import { noticeText } from "./notice-text";

const translate = (locale: "fi" | "en") => createTranslator(noticeMessages, locale);

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

/** What each kind's writer stores (apps/worker dispatch and support, apps/api invoices), as it is stored. */
const STORED: Record<NotificationKind, Record<string, unknown>> = {
  invoice_sent: { invoiceNumber: "1001021", channel: "email" },
  invoice_returned: { invoiceNumber: "1001021" },
  invoice_dispatch_failed: { invoiceNumber: "1001021", documentKind: "invoice", channel: "email", reason: "buyer_email_missing" },
  reminder_sent: { invoiceNumber: "1001021", sequence: 1, channel: "email" },
  "support.sla_breached": { ticketId: "t", ticketNumber: 100005, target: "first_response" },
  "reminders.rate_missing": { periods: "1.7.–31.12.2026", outcome: "held", count: 3 },
};

describe("every notification kind reads as a sentence in both languages", () => {
  const cases = NOTIFICATION_KINDS.flatMap((kind) => (["fi", "en"] as const).map((locale) => [kind, locale] as const));
  it.each(cases)("%s in %s", (kind, locale) => {
    const text = noticeText(translate(locale), kind, kind.startsWith("support") ? null : "1001021", STORED[kind], locale);
    expect(text).not.toContain(kind);
    // No code (snake_case or dotted), no unfilled placeholder, no English exception text.
    expect(text).not.toMatch(/[a-z]+_[a-z]+|[a-z]\.[a-z]|\{|\}|undefined|null/);
    expect(text).toMatch(/^[A-ZÄÖ].*\.$/);
  });

  it("says a reminder was sent as a sentence, never 'reminder_sent'", () => {
    expect(noticeText(translate("fi"), "reminder_sent", "1001021", STORED.reminder_sent, "fi")).toBe(
      "Maksumuistutus lähetetty laskusta 1001021.",
    );
    expect(noticeText(translate("en"), "reminder_sent", "1001021", STORED.reminder_sent, "en")).toBe(
      "Payment reminder sent for invoice 1001021.",
    );
  });

  it("gives a failed delivery's reason in the reader's language", () => {
    expect(noticeText(translate("fi"), "invoice_dispatch_failed", "1001021", STORED.invoice_dispatch_failed, "fi")).toBe(
      "Laskun 1001021 toimitus epäonnistui. Asiakkaalla ei ole sähköpostiosoitetta, joten laskua ei voi lähettää sähköpostilla.",
    );
    const tooLarge = { ...STORED.invoice_dispatch_failed, reason: "payment_code_failed", detail: "BARCODE_AMOUNT_TOO_LARGE" };
    expect(noticeText(translate("en"), "invoice_dispatch_failed", "1001021", tooLarge, "en")).toBe(
      "Invoice 1001021 could not be delivered. The bank barcode or QR code could not be made from the invoice's details. The bank barcode holds at most 999,999.99 euros.",
    );
    const reminder = { ...STORED.invoice_dispatch_failed, documentKind: "reminder" };
    expect(noticeText(translate("fi"), "invoice_dispatch_failed", "1001021", reminder, "fi")).toMatch(
      /^Laskun 1001021 maksumuistutuksen toimitus epäonnistui\./,
    );
  });

  it("words a kind this web does not know as a sentence, not as its code", () => {
    expect(noticeText(translate("fi"), "voucher.event_rejected", null, {}, "fi")).toBe("Sinulle on uusi ilmoitus.");
    expect(noticeText(translate("en"), "voucher.event_rejected", null, {}, "en")).toBe("You have a new notice.");
  });
});

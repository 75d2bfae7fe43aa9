import { describe, expect, it } from "vitest";
import { loginMessages } from "../auth/messages";
import { invoiceMessages } from "../invoices/messages";
import { reminderMessages } from "../reminders/messages";
import { shellMessages } from "../shell/messages";
import { voucherMessages } from "../vouchers/messages";
import type { Dictionary, Message, Messages } from "@reskontra/i18n";

// Every module's dictionary; the app loads each with its module, so they are composed only here.
const dictionaries: Record<string, Messages<Dictionary>> = {
  shell: shellMessages,
  login: loginMessages,
  invoices: invoiceMessages,
  reminders: reminderMessages,
  vouchers: voucherMessages,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message) => (typeof message === "string" ? [message] : Object.values(message));

describe.each(Object.entries(dictionaries))("the %s texts", (_name, { fi, en }) => {
  it("have an English text for every Finnish key, and no English key without a Finnish one", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fi).sort());
  });

  it("are plural in English exactly where they are plural in Finnish, with the same placeholders", () => {
    for (const [key, fiMessage] of Object.entries(fi)) {
      const enMessage = en[key] ?? "";
      expect(typeof enMessage, key).toBe(typeof fiMessage);
      const fiNames = new Set(forms(fiMessage).flatMap(placeholders));
      for (const text of forms(enMessage)) expect(new Set(placeholders(text)), key).toEqual(fiNames);
      if (typeof fiMessage !== "string") expect(fiMessage.one, `${key} needs a singular`).toBeDefined();
    }
  });
});

import { describe, expect, it } from "vitest";
import { loginMessages } from "../auth/messages";
import { accountMessages } from "../account/messages";
import { organizationMessages } from "../organizations/messages";
import { invoiceMessages } from "../invoices/messages";
import { reminderMessages } from "../reminders/messages";
import { shellMessages } from "../shell/messages";
import { homeMessages } from "../shell/home-messages";
import { noticeMessages } from "../shell/notice-messages";
import { supportMessages } from "../support/messages";
import { thirdPartyMessages } from "../support/third-parties/messages";
import { phoneMessages } from "../support/phone/messages";
import { suggestionMessages } from "../support/suggestions/messages";
import { ticketMessages } from "../support/tickets/messages";
import { mailMessages } from "../support/mail/messages";
import { reportMessages } from "../support/reports/messages";
import { voucherMessages } from "../vouchers/messages";
import { workspaceMessages } from "../support/workspace/messages";
import { formMessages } from "../forms/messages";
import { findDictionaryProblems, type Dictionary, type Messages } from "@reskontra/i18n";

// Every module's dictionary; the app loads each with its module, so they are composed only here.
const dictionaries: Record<string, Messages<Dictionary>> = {
  shell: shellMessages,
  home: homeMessages,
  notices: noticeMessages,
  login: loginMessages,
  invoices: invoiceMessages,
  reminders: reminderMessages,
  vouchers: voucherMessages,
  support: supportMessages,
  "support/third-parties": thirdPartyMessages,
  supportPhone: phoneMessages,
  suggestions: suggestionMessages,
  supportTickets: ticketMessages,
  supportMail: mailMessages,
  supportReports: reportMessages,
  "support/workspace": workspaceMessages,
  organizations: organizationMessages,
  account: accountMessages,
  forms: formMessages,
};

describe.each(Object.entries(dictionaries))("the %s texts", (_name, messages) => {
  it("have the same keys, plurals and placeholders in English as in Finnish, and a singular for every plural", () => {
    expect(findDictionaryProblems(messages)).toEqual([]);
  });
});

import { findDictionaryProblems } from "@reskontra/i18n";
import { expect, it } from "vitest";
import { voucherMailMessages } from "./vouchers/mail-messages";
import { reportCsvMessages } from "./support/reports/csv-messages";
import { invoiceMailMessages } from "./invoices/mail-messages";
import { organizationMailMessages } from "./organizations/mail-messages";
import { accountMailMessages } from "./account/mail-messages";

it("the voucher mail texts have an English text for every Finnish key, with the same placeholders", () => {
  expect(findDictionaryProblems(voucherMailMessages)).toEqual([]);
});

it("the support report's CSV texts have an English text for every Finnish key, with the same placeholders", () => {
  expect(findDictionaryProblems(reportCsvMessages)).toEqual([]);
});

it("the invoice mail texts have an English text for every Finnish key, with the same placeholders", () => {
  expect(findDictionaryProblems(invoiceMailMessages)).toEqual([]);
});

it("the invitation and password-reset mail texts have an English text for every Finnish key, with the same placeholders", () => {
  expect(findDictionaryProblems(organizationMailMessages)).toEqual([]);
  expect(findDictionaryProblems(accountMailMessages)).toEqual([]);
});

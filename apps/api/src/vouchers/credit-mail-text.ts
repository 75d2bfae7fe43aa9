import { formatDate, formatMoney } from "@reskontra/domain";
import { createTranslator } from "@reskontra/i18n";
import { voucherMailMessages } from "./mail-messages";

export interface CreditMailFacts {
  organizerName: string;
  eventDate: string;
  content: string;
  voucherNumber: string;
  customerNumber: string | null;
  amountCents: number;
  reason: string;
  explanation: string;
}

/** The provider's notice of a credit: the event by date, voucher and customer number, never the identity code. */
export function creditMailText(facts: CreditMailFacts): { subject: string; body: string } {
  const t = createTranslator(voucherMailMessages, "fi");
  // The mail is Finnish: the date as a Finn writes it (3.11.2026), the amount with its euro sign.
  const date = formatDate(facts.eventDate, "fi");
  const lines = [
    t("creditEvent", { date, content: facts.content }),
    t("creditVoucher", { voucher: facts.voucherNumber }),
    ...(facts.customerNumber ? [t("creditCustomerNumber", { customerNumber: facts.customerNumber })] : []),
    t("creditAmount", { amount: formatMoney(facts.amountCents, "fi") }),
    t("creditReason", { reason: facts.reason }),
  ];
  return {
    subject: t("creditSubject", { date, voucher: facts.voucherNumber }),
    body: t("creditBody", { organizer: facts.organizerName, facts: lines.join("\n"), explanation: facts.explanation }),
  };
}

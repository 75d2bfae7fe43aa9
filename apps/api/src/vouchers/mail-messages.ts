import { defineMessages } from "@reskontra/i18n";

/** The provider's notice of a credit. Sent in Finnish: the provider's language is not recorded. */
export const voucherMailMessages = defineMessages({
  fi: {
    creditSubject: "Palvelusetelitapahtuman hyvitys {date} / {voucher}",
    creditBody:
      "{organizer} on hyvittänyt palvelusetelitapahtuman.\n\n{facts}\n\n{explanation}\n\nHyvitys vähennetään seuraavasta tilityksestä.",
    creditEvent: "Tapahtuma: {date} {content}",
    creditVoucher: "Palveluseteli: {voucher}",
    creditCustomerNumber: "Asiakasnumeronne: {customerNumber}",
    creditAmount: "Hyvitys: {amount}",
    creditReason: "Syy: {reason}",
  },
  en: {
    creditSubject: "Credit for a service voucher event {date} / {voucher}",
    creditBody:
      "{organizer} has credited a service voucher event.\n\n{facts}\n\n{explanation}\n\nThe credit is deducted from the next settlement.",
    creditEvent: "Event: {date} {content}",
    creditVoucher: "Service voucher: {voucher}",
    creditCustomerNumber: "Your customer number: {customerNumber}",
    creditAmount: "Credit: {amount}",
    creditReason: "Reason: {reason}",
  },
});

import { defineMessages } from "@reskontra/i18n";

/** The mail to customer service about invoices still unsent after their deadline. */
export const deadlineMailMessages = defineMessages({
  fi: {
    subject: "Myöhästyneet laskut {date}: {count} kpl",
    body: {
      one: "Hei,\n\nklo 15.00 tarkistuksessa {count} lasku oli yhä lähettämättä määräajan jälkeen:\n\n{lines}\n\nLähetä se tai palauta korjattavaksi mahdollisimman pian.\n\nReskontra",
      other:
        "Hei,\n\nklo 15.00 tarkistuksessa {count} laskua oli yhä lähettämättä määräajan jälkeen:\n\n{lines}\n\nLähetä ne tai palauta korjattaviksi mahdollisimman pian.\n\nReskontra",
    },
    line: "- {number}, määräaika {deadline}: {link}",
  },
  en: {
    subject: "Late invoices {date}: {count}",
    body: {
      one: "Hello,\n\nat the 15.00 check {count} invoice was still unsent after its deadline:\n\n{lines}\n\nSend it or return it for correction as soon as possible.\n\nReskontra",
      other:
        "Hello,\n\nat the 15.00 check {count} invoices were still unsent after their deadline:\n\n{lines}\n\nSend them or return them for correction as soon as possible.\n\nReskontra",
    },
    line: "- {number}, deadline {deadline}: {link}",
  },
});

/** The mail to the invoice's owner when a delivery failed for good: what failed, why, and where to fix it. */
export const dispatchFailedMailMessages = defineMessages({
  fi: {
    subjectInvoice: "Laskun {number} toimitus epäonnistui",
    subjectReminder: "Laskun {number} maksumuistutuksen toimitus epäonnistui",
    body: "Hei {owner},\n\n{what} asiakkaalle {buyer} ei voitu toimittaa ({how}).\n\nSyy: {reason}\n\nKorjaa tiedot ja ota yhteyttä asiakaspalveluun, niin lähetämme sen uudelleen. Asiakaspalvelu on saanut tiedon.\n\n{link}\n\nReskontra",
    whatInvoice: "Laskuasi {number}",
    whatCreditNote: "Hyvityslaskuasi {number}",
    whatReminder: "Laskusi {number} maksumuistutusta",
    channelEmail: "sähköposti",
    channelPost: "kirje",
    channelEinvoice: "verkkolasku",
  },
  en: {
    subjectInvoice: "Invoice {number} could not be delivered",
    subjectReminder: "The payment reminder of invoice {number} could not be delivered",
    body: "Hello {owner},\n\n{what} to {buyer} could not be delivered ({how}).\n\nReason: {reason}\n\nCorrect the details and contact customer service, and we will send it again. Customer service has been told.\n\n{link}\n\nReskontra",
    whatInvoice: "Your invoice {number}",
    whatCreditNote: "Your credit note {number}",
    whatReminder: "The payment reminder of your invoice {number}",
    channelEmail: "e-mail",
    channelPost: "post",
    channelEinvoice: "e-invoice",
  },
});

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

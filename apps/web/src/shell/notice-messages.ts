import { defineMessages } from "@reskontra/i18n";

// The notices' sentences load with the opened notifications menu, not with the first screen.
export const noticeMessages = defineMessages({
  fi: {
    "notif.empty": "Ei ilmoituksia.",
    "notif.invoice_sent": "Lasku {number} on lähetetty asiakkaalle ({channel}).",
    "notif.invoice_sent_plain": "Lasku {number} on lähetetty asiakkaalle.",
    "notif.invoice_returned": "Asiakaspalvelu palautti laskun {number} korjattavaksi.",
    "notif.support_sla.first_response": "Tukipyynnön #{number} ensivastauksen tavoiteaika ylittyi.",
    "notif.support_sla.resolution": "Tukipyynnön #{number} ratkaisun tavoiteaika ylittyi.",
    "notif.other": "Sinulle on uusi ilmoitus.",
    "notif.reminder_sent": "Maksumuistutus lähetetty laskusta {number}.",
    "notif.invoice_dispatch_failed": "Laskun {number} toimitus epäonnistui. {reason}",
    "notif.reminder_dispatch_failed": "Laskun {number} maksumuistutuksen toimitus epäonnistui. {reason}",
    "notif.channel.email": "Sähköposti",
    "notif.channel.post": "Kirje",
    "notif.channel.einvoice": "Verkkolasku",
    "notif.rate_missing.upcoming": "Viivästyskoron viitekorko puuttuu ajalta {periods}: syötä se ennen kauden alkua.",
    "notif.rate_missing.current":
      "Viivästyskoron viitekorko puuttuu ajalta {periods}: muistutukset pidätetään tai lähetetään ilman korkoa.",
    "notif.rate_missing.held": {
      one: "Viivästyskoron viitekorko puuttuu ajalta {periods}: {count} maksumuistutus odottaa korkoa.",
      other: "Viivästyskoron viitekorko puuttuu ajalta {periods}: {count} maksumuistutusta odottaa korkoa.",
    },
    "notif.rate_missing.flagged": {
      one: "Viivästyskoron viitekorko puuttuu ajalta {periods}: {count} maksumuistutus lähti ilman viivästyskorkoa.",
      other: "Viivästyskoron viitekorko puuttuu ajalta {periods}: {count} maksumuistutusta lähti ilman viivästyskorkoa.",
    },
  },
  en: {
    "notif.empty": "No notifications.",
    "notif.invoice_sent": "Invoice {number} was sent to the customer ({channel}).",
    "notif.invoice_sent_plain": "Invoice {number} was sent to the customer.",
    "notif.invoice_returned": "Customer service returned invoice {number} for correction.",
    "notif.support_sla.first_response": "Request #{number} missed its first-response target.",
    "notif.support_sla.resolution": "Request #{number} missed its resolution target.",
    "notif.other": "You have a new notice.",
    "notif.reminder_sent": "Payment reminder sent for invoice {number}.",
    "notif.invoice_dispatch_failed": "Invoice {number} could not be delivered. {reason}",
    "notif.reminder_dispatch_failed": "The payment reminder of invoice {number} could not be delivered. {reason}",
    "notif.channel.email": "E-mail",
    "notif.channel.post": "Post",
    "notif.channel.einvoice": "E-invoice",
    "notif.rate_missing.upcoming": "Interest rate missing for {periods}: enter it before the half-year begins.",
    "notif.rate_missing.current": "Interest rate missing for {periods}: reminders are held or sent without interest.",
    "notif.rate_missing.held": {
      one: "Interest rate missing for {periods}: {count} payment reminder is waiting for it.",
      other: "Interest rate missing for {periods}: {count} payment reminders are waiting for it.",
    },
    "notif.rate_missing.flagged": {
      one: "Interest rate missing for {periods}: {count} payment reminder went without late interest.",
      other: "Interest rate missing for {periods}: {count} payment reminders went without late interest.",
    },
  },
});

export type NoticeMessages = (typeof noticeMessages)["fi"];
export type NoticeMessageKey = keyof NoticeMessages;

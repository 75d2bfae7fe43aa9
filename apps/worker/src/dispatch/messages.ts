import { createTranslator, defineDocumentMessages, type DocumentLocale, type Translate } from "@reskontra/i18n";

/** The mails that carry a document to its buyer, and the note to the invoice's owner that it went forward. */
export const dispatchMailMessages = defineDocumentMessages({
  fi: {
    invoiceSubject: "Lasku {number} – {seller}",
    invoiceFilename: "lasku-{number}.pdf",
    invoiceText:
      "Hei,\n\nliitteenä lasku {number} lähettäjältä {seller}.\n\nSumma: {amount}\nEräpäivä: {due}\nViitenumero: {reference}\nTilinumero: {iban} (BIC {bic})\n\nTämän viestin lähetti Reskontra-laskutuspalvelu.",
    reminderSubject: "Maksumuistutus: lasku {original} – {seller}",
    reminderFilename: "maksumuistutus-{number}.pdf",
    reminderOpenLine: "Laskun {original} avoin määrä: {amount}",
    reminderText:
      "Hei,\n\nkirjanpitomme mukaan lasku {original} lähettäjältä {seller} on maksamatta. Maksumuistutus on liitteenä.\n\n{lines}\nMaksettava: {amount}\nUusi eräpäivä: {due}\nViitenumero: {reference}\nTilinumero: {iban} (BIC {bic})\n\nJos olet jo maksanut, tämä muistutus on aiheeton.\nTämän viestin lähetti Reskontra-laskutuspalvelu.",
    sentSubject: "Lasku {number} on lähetetty",
    sentBody:
      "Hei {owner},\n\nlaskusi {number} asiakkaalle {buyer} ({amount}, eräpäivä {due}) on lähetetty {how}.\nLasku näkyy nyt avoimissa saatavissa.\n\n{link}\n\nReskontra",
    channelEmail: "sähköpostitse",
    channelPost: "postitse",
    channelEinvoice: "verkkolaskuna",
    creditNoteSubject: "Hyvityslasku {number} – {seller}",
    creditNoteFilename: "hyvityslasku-{number}.pdf",
    creditNoteText:
      "Hei,\n\nliitteenä hyvityslasku {number} lähettäjältä {seller}.{credits}\n\nHyvitys: {amount}, ei maksettavaa.\n\nTämän viestin lähetti Reskontra-laskutuspalvelu.",
    creditNoteCredits: " Se hyvittää laskun {original}.",
    creditSentSubject: "Hyvityslasku {number} on lähetetty",
    creditSentBody:
      "Hei {owner},\n\nhyvityslaskusi {number} asiakkaalle {buyer} (hyvitys {amount}) on lähetetty {how}.\n\n{link}\n\nReskontra",
  },
  en: {
    invoiceSubject: "Invoice {number} – {seller}",
    invoiceFilename: "invoice-{number}.pdf",
    invoiceText:
      "Hello,\n\nplease find attached invoice {number} from {seller}.\n\nAmount: {amount}\nDue date: {due}\nReference: {reference}\nIBAN: {iban} (BIC {bic})\n\nThis message was sent by the Reskontra invoicing service.",
    reminderSubject: "Payment reminder: invoice {original} – {seller}",
    reminderFilename: "reminder-{number}.pdf",
    reminderOpenLine: "Open amount of invoice {original}: {amount}",
    reminderText:
      "Hello,\n\nour records show invoice {original} from {seller} as unpaid. The reminder is attached.\n\n{lines}\nAmount due: {amount}\nNew due date: {due}\nReference: {reference}\nIBAN: {iban} (BIC {bic})\n\nIf you have already paid, please disregard this reminder.\nThis message was sent by the Reskontra invoicing service.",
    sentSubject: "Invoice {number} has been sent",
    sentBody:
      "Hello {owner},\n\nyour invoice {number} to {buyer} ({amount}, due {due}) has been sent {how}.\nIt is now among your open receivables.\n\n{link}\n\nReskontra",
    channelEmail: "by e-mail",
    channelPost: "by post",
    channelEinvoice: "as an e-invoice",
    creditNoteSubject: "Credit note {number} – {seller}",
    creditNoteFilename: "credit-note-{number}.pdf",
    creditNoteText:
      "Hello,\n\nplease find attached credit note {number} from {seller}.{credits}\n\nCredit: {amount}, nothing to pay.\n\nThis message was sent by the Reskontra invoicing service.",
    creditNoteCredits: " It credits invoice {original}.",
    creditSentSubject: "Credit note {number} has been sent",
    creditSentBody:
      "Hello {owner},\n\nyour credit note {number} to {buyer} (credit {amount}) has been sent {how}.\n\n{link}\n\nReskontra",
  },
  sv: {
    invoiceSubject: "Faktura {number} – {seller}",
    invoiceFilename: "faktura-{number}.pdf",
    invoiceText:
      "Hej,\n\nbifogat finns faktura {number} från {seller}.\n\nBelopp: {amount}\nFörfallodag: {due}\nReferensnummer: {reference}\nKontonummer: {iban} (BIC {bic})\n\nDetta meddelande skickades av faktureringstjänsten Reskontra.",
    reminderSubject: "Betalningspåminnelse: faktura {original} – {seller}",
    reminderFilename: "betalningspaminnelse-{number}.pdf",
    reminderOpenLine: "Öppet belopp på faktura {original}: {amount}",
    reminderText:
      "Hej,\n\nenligt vår bokföring är faktura {original} från {seller} obetald. Betalningspåminnelsen finns bifogad.\n\n{lines}\nAtt betala: {amount}\nNy förfallodag: {due}\nReferensnummer: {reference}\nKontonummer: {iban} (BIC {bic})\n\nOm du redan har betalat kan du bortse från denna påminnelse.\nDetta meddelande skickades av faktureringstjänsten Reskontra.",
    sentSubject: "Faktura {number} har skickats",
    sentBody:
      "Hej {owner},\n\ndin faktura {number} till {buyer} ({amount}, förfallodag {due}) har skickats {how}.\nDen finns nu bland dina öppna fordringar.\n\n{link}\n\nReskontra",
    channelEmail: "per e-post",
    channelPost: "per post",
    channelEinvoice: "som e-faktura",
    creditNoteSubject: "Kreditnota {number} – {seller}",
    creditNoteFilename: "kreditnota-{number}.pdf",
    creditNoteText:
      "Hej,\n\nbifogat finns kreditnota {number} från {seller}.{credits}\n\nKredit: {amount}, inget att betala.\n\nDetta meddelande skickades av faktureringstjänsten Reskontra.",
    creditNoteCredits: " Den krediterar faktura {original}.",
    creditSentSubject: "Kreditnota {number} har skickats",
    creditSentBody:
      "Hej {owner},\n\ndin kreditnota {number} till {buyer} (kredit {amount}) har skickats {how}.\n\n{link}\n\nReskontra",
  },
});

export type DispatchMailTexts = Translate<typeof dispatchMailMessages.fi>;

export const dispatchMailTexts = (language: DocumentLocale): DispatchMailTexts =>
  createTranslator(dispatchMailMessages, language);

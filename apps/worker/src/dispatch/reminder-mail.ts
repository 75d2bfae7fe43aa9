import { amountDueCents, formatDateFi, formatIban, formatMoneyFi, type InvoiceDocument } from "@reskontra/documents";
import type { BuyerMail } from "./invoice-mail";

/** The e-mail that carries a payment reminder's PDF to the buyer, in the document's language. */
export function buyerReminderMail(doc: InvoiceDocument): BuyerMail {
  const original = doc.originalInvoice?.invoiceNumber ?? doc.invoiceNumber;
  const amount = formatMoneyFi(amountDueCents(doc));
  const due = formatDateFi(doc.dueDate);
  if (doc.language === "en") {
    return {
      subject: `Payment reminder: invoice ${original} – ${doc.seller.name}`,
      filename: `reminder-${doc.invoiceNumber}.pdf`,
      text: [
        "Hello,",
        "",
        `our records show invoice ${original} from ${doc.seller.name} as unpaid. The reminder is attached.`,
        "",
        `Amount due: ${amount}`,
        `New due date: ${due}`,
        `Reference: ${doc.referenceFormatted}`,
        `IBAN: ${formatIban(doc.seller.iban)} (BIC ${doc.seller.bic})`,
        "",
        "If you have already paid, please disregard this reminder.",
        "This message was sent by the Reskontra invoicing service.",
      ].join("\n"),
    };
  }
  return {
    subject: `Maksumuistutus: lasku ${original} – ${doc.seller.name}`,
    filename: `maksumuistutus-${doc.invoiceNumber}.pdf`,
    text: [
      "Hei,",
      "",
      `kirjanpitomme mukaan lasku ${original} lähettäjältä ${doc.seller.name} on maksamatta. Maksumuistutus on liitteenä.`,
      "",
      `Maksettava: ${amount}`,
      `Uusi eräpäivä: ${due}`,
      `Viitenumero: ${doc.referenceFormatted}`,
      `Tilinumero: ${formatIban(doc.seller.iban)} (BIC ${doc.seller.bic})`,
      "",
      "Jos olet jo maksanut, tämä muistutus on aiheeton.",
      "Tämän viestin lähetti Reskontra-laskutuspalvelu.",
    ].join("\n"),
  };
}

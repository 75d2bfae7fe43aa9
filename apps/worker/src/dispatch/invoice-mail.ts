import type { DeliveryMethod } from "@reskontra/db";
import { formatDateFi, formatIban, formatMoneyFi, type DocumentLanguage, type InvoiceDocument } from "@reskontra/documents";

export interface BuyerMail {
  subject: string;
  text: string;
  filename: string;
}

/** The e-mail that carries the invoice PDF to the buyer, in the document's language. */
export function buyerInvoiceMail(doc: InvoiceDocument): BuyerMail {
  const amount = formatMoneyFi(doc.totals.grossCents);
  const due = formatDateFi(doc.dueDate);
  if (doc.language === "en") {
    return {
      subject: `Invoice ${doc.invoiceNumber} – ${doc.seller.name}`,
      filename: `invoice-${doc.invoiceNumber}.pdf`,
      text: [
        "Hello,",
        "",
        `please find attached invoice ${doc.invoiceNumber} from ${doc.seller.name}.`,
        "",
        `Amount: ${amount}`,
        `Due date: ${due}`,
        `Reference: ${doc.referenceFormatted}`,
        `IBAN: ${formatIban(doc.seller.iban)} (BIC ${doc.seller.bic})`,
        "",
        "This message was sent by the Reskontra invoicing service.",
      ].join("\n"),
    };
  }
  return {
    subject: `Lasku ${doc.invoiceNumber} – ${doc.seller.name}`,
    filename: `lasku-${doc.invoiceNumber}.pdf`,
    text: [
      "Hei,",
      "",
      `liitteenä lasku ${doc.invoiceNumber} lähettäjältä ${doc.seller.name}.`,
      "",
      `Summa: ${amount}`,
      `Eräpäivä: ${due}`,
      `Viitenumero: ${doc.referenceFormatted}`,
      `Tilinumero: ${formatIban(doc.seller.iban)} (BIC ${doc.seller.bic})`,
      "",
      "Tämän viestin lähetti Reskontra-laskutuspalvelu.",
    ].join("\n"),
  };
}

const CHANNEL_TEXT: Record<DocumentLanguage, Record<DeliveryMethod, string>> = {
  fi: { email: "sähköpostitse", post: "postitse", einvoice: "verkkolaskuna" },
  en: { email: "by e-mail", post: "by post", einvoice: "as an e-invoice" },
};

/** The note to the invoice's owner that it went forward, in the owner's language. */
export function invoiceSentNotice(input: {
  language: DocumentLanguage;
  ownerName: string;
  doc: InvoiceDocument;
  channel: DeliveryMethod;
  link: string;
}): { subject: string; body: string } {
  const { doc, link } = input;
  const amount = formatMoneyFi(doc.totals.grossCents);
  const how = CHANNEL_TEXT[input.language][input.channel];
  if (input.language === "en") {
    return {
      subject: `Invoice ${doc.invoiceNumber} has been sent`,
      body: [
        `Hello ${input.ownerName},`,
        "",
        `your invoice ${doc.invoiceNumber} to ${doc.buyer.name} (${amount}, due ${formatDateFi(doc.dueDate)}) has been sent ${how}.`,
        "It is now among your open receivables.",
        "",
        link,
        "",
        "Reskontra",
      ].join("\n"),
    };
  }
  return {
    subject: `Lasku ${doc.invoiceNumber} on lähetetty`,
    body: [
      `Hei ${input.ownerName},`,
      "",
      `laskusi ${doc.invoiceNumber} asiakkaalle ${doc.buyer.name} (${amount}, eräpäivä ${formatDateFi(doc.dueDate)}) on lähetetty ${how}.`,
      "Lasku näkyy nyt avoimissa saatavissa.",
      "",
      link,
      "",
      "Reskontra",
    ].join("\n"),
  };
}

import type { DeliveryMethod } from "@reskontra/db";
import { formatDateFi, formatIban, formatMoneyFi, type DocumentLanguage, type InvoiceDocument } from "@reskontra/documents";
import { dispatchMailTexts } from "./messages";

export interface BuyerMail {
  subject: string;
  text: string;
  filename: string;
}

/** What every mail to a buyer says about the payment, whatever the document. */
export function paymentParams(doc: InvoiceDocument) {
  return {
    number: doc.invoiceNumber,
    seller: doc.seller.name,
    due: formatDateFi(doc.dueDate),
    reference: doc.referenceFormatted,
    iban: formatIban(doc.seller.iban),
    bic: doc.seller.bic,
  };
}

/** The e-mail that carries the invoice PDF to the buyer, in the document's language. */
export function buyerInvoiceMail(doc: InvoiceDocument): BuyerMail {
  const t = dispatchMailTexts(doc.language);
  const params = { ...paymentParams(doc), amount: formatMoneyFi(doc.totals.grossCents) };
  return {
    subject: t("invoiceSubject", params),
    filename: t("invoiceFilename", params),
    text: t("invoiceText", params),
  };
}

const CHANNEL_KEY = {
  email: "channelEmail",
  post: "channelPost",
  einvoice: "channelEinvoice",
} as const satisfies Record<DeliveryMethod, string>;

/** The note to the invoice's owner that it went forward, in the owner's language. */
export function invoiceSentNotice(input: {
  language: DocumentLanguage;
  ownerName: string;
  doc: InvoiceDocument;
  channel: DeliveryMethod;
  link: string;
}): { subject: string; body: string } {
  const { doc } = input;
  const t = dispatchMailTexts(input.language);
  const params = {
    number: doc.invoiceNumber,
    owner: input.ownerName,
    buyer: doc.buyer.name,
    amount: formatMoneyFi(doc.totals.grossCents),
    due: formatDateFi(doc.dueDate),
    how: t(CHANNEL_KEY[input.channel]),
    link: input.link,
  };
  return { subject: t("sentSubject", params), body: t("sentBody", params) };
}

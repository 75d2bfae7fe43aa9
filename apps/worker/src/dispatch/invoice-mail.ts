import type { DeliveryMethod } from "@reskontra/db";
import { formatDateFi, formatIban, formatMoneyFi, type DocumentLanguage, type InvoiceDocument } from "@reskontra/documents";
import { dispatchMailTexts, type DispatchMailTexts } from "./messages";

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
  if (doc.kind === "credit_note") return creditNoteMail(doc, t);
  const params = { ...paymentParams(doc), amount: formatMoneyFi(doc.totals.grossCents) };
  return {
    subject: t("invoiceSubject", params),
    filename: t("invoiceFilename", params),
    text: t("invoiceText", params),
  };
}

/**
 * A credit note asks for nothing: the mail says how much is credited (as a positive sum) and that there
 * is nothing to pay, with no due date, reference or account to pay to.
 */
function creditNoteMail(doc: InvoiceDocument, t: DispatchMailTexts): BuyerMail {
  const original = doc.originalInvoice?.invoiceNumber;
  const params = {
    number: doc.invoiceNumber,
    seller: doc.seller.name,
    amount: formatMoneyFi(Math.abs(doc.totals.grossCents)),
    credits: original ? t("creditNoteCredits", { original }) : "",
  };
  return {
    subject: t("creditNoteSubject", params),
    filename: t("creditNoteFilename", params),
    text: t("creditNoteText", params),
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
    amount: formatMoneyFi(doc.kind === "credit_note" ? Math.abs(doc.totals.grossCents) : doc.totals.grossCents),
    due: formatDateFi(doc.dueDate),
    how: t(CHANNEL_KEY[input.channel]),
    link: input.link,
  };
  if (doc.kind === "credit_note") return { subject: t("creditSentSubject", params), body: t("creditSentBody", params) };
  return { subject: t("sentSubject", params), body: t("sentBody", params) };
}

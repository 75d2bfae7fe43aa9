import { amountDueCents, formatMoneyFi, type InvoiceDocument } from "@reskontra/documents";
import { paymentParams, type BuyerMail } from "./invoice-mail";
import { dispatchMailTexts } from "./messages";

/** The e-mail that carries a payment reminder's PDF to the buyer, in the document's language. */
export function buyerReminderMail(doc: InvoiceDocument): BuyerMail {
  const t = dispatchMailTexts(doc.language);
  const params = {
    ...paymentParams(doc),
    original: doc.originalInvoice?.invoiceNumber ?? doc.invoiceNumber,
    amount: formatMoneyFi(amountDueCents(doc)),
  };
  return {
    subject: t("reminderSubject", params),
    filename: t("reminderFilename", params),
    text: t("reminderText", params),
  };
}

import { amountDueCents, formatMoneyFi, type InvoiceDocument } from "@reskontra/documents";
import { paymentParams, type BuyerMail } from "./invoice-mail";
import { dispatchMailTexts } from "./messages";

/**
 * The e-mail that carries a payment reminder's PDF to the buyer, in the document's language. The
 * body itemises what makes up the amount (the open invoice, the fee, each half-year's interest with
 * its rate and days) as the PDF does, so a buyer who reads only the mail still sees why it grew.
 */
export function buyerReminderMail(doc: InvoiceDocument): BuyerMail {
  const t = dispatchMailTexts(doc.language);
  const original = doc.originalInvoice?.invoiceNumber ?? doc.invoiceNumber;
  const lines = [
    ...(doc.originalInvoice ? [t("reminderOpenLine", { original, amount: formatMoneyFi(doc.originalInvoice.openCents) })] : []),
    ...doc.rows.map((row) => `${row.description}: ${formatMoneyFi(row.grossCents)}`),
  ];
  const params = {
    ...paymentParams(doc),
    original,
    amount: formatMoneyFi(amountDueCents(doc)),
    lines: lines.map((line) => `${line}\n`).join(""),
  };
  return {
    subject: t("reminderSubject", params),
    filename: t("reminderFilename", params),
    text: t("reminderText", params),
  };
}

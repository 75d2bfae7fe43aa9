import type { InvoiceDocument, InvoiceDocumentRow } from "./invoice-document";
import { formatAmountFinvoice, formatDecimalFi } from "../shared/format-values";
import { amountEl, dateEl, percent, vatCode } from "./finvoice-elements";
import { treatmentIn } from "./vat-summary";
import { invoiceDocumentTexts } from "./messages";
import { chunkText, clipText, el, type XmlElement } from "../shared/xml-writer";

/**
 * Finvoice InvoiceRow elements. A reminder starts with a row that points at the
 * overdue invoice (RowOverDuePaymentDetails) and carries no amount of its own,
 * so the fee rows alone add up to the reminder's totals.
 */
export function buildInvoiceRows(doc: InvoiceDocument): XmlElement[] {
  const rows: XmlElement[] = [];
  if (doc.kind === "reminder" && doc.originalInvoice) rows.push(overdueRow(doc, doc.originalInvoice));
  doc.rows.forEach((row) => rows.push(billedRow({ ...row, ...treatmentIn(doc, row) }, rows.length + 1)));
  return rows;
}

function billedRow(row: InvoiceDocumentRow, position: number): XmlElement {
  const unit = row.unit ? clipText(row.unit, 14) : undefined;
  const unitAttrs: Record<string, string> = unit ? { QuantityUnitCode: unit } : {};
  const description = row.description.trim();
  // ArticleName holds 100 characters; a longer description goes whole into RowFreeText.
  const freeText = Array.from(description).length > 100 ? chunkText(description, 512) : [];
  return el("InvoiceRow", [
    el("ArticleName", clipText(description, 100)),
    el("InvoicedQuantity", formatDecimalFi(row.quantity, 4), unitAttrs),
    el("UnitPriceAmount", formatAmountFinvoice(row.unitPriceCents), {
      AmountCurrencyIdentifier: "EUR",
      ...(unit ? { UnitPriceUnitCode: unit } : {}),
    }),
    el("RowPositionIdentifier", String(position)),
    ...freeText.map((part) => el("RowFreeText", part)),
    el("RowVatRatePercent", percent(row.vatRatePercent)),
    el("RowVatCode", vatCode(row)),
    amountEl("RowVatAmount", row.vatCents),
    amountEl("RowVatExcludedAmount", row.netCents),
    amountEl("RowAmount", row.grossCents),
  ]);
}

function overdueRow(doc: InvoiceDocument, original: NonNullable<InvoiceDocument["originalInvoice"]>): XmlElement {
  const name = invoiceDocumentTexts(doc.language)("overdueInvoice", { number: original.invoiceNumber });
  return el("InvoiceRow", [
    el("ArticleName", clipText(name, 100)),
    el("RowPositionIdentifier", "1"),
    el("OriginalInvoiceNumber", clipText(original.invoiceNumber, 20)),
    el("RowOverDuePaymentDetails", [
      el("RowOriginalInvoiceIdentifier", clipText(original.invoiceNumber, 35)),
      dateEl("RowOriginalDueDate", original.dueDate),
      el("RowOriginalEpiRemittanceInfoIdentifier", original.referenceNumber.replace(/\s+/g, "")),
      amountEl("RowUnPaidVatIncludedAmount", original.openCents),
    ]),
  ]);
}

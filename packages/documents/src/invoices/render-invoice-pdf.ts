import { amountDueCents, type InvoiceDocument } from "./invoice-document";
import { invoiceDocumentTexts, TITLE_KEY, type InvoiceDocumentTexts } from "./messages";
import { treatmentIn } from "./vat-summary";
import {
  formatDateFi,
  formatDecimalFi,
  formatIban,
  formatMoneyFi,
  formatPercentFi,
  formatReference,
} from "../shared/format-values";
import { code128Symbol, drawVectorSymbol, epcQrSymbol, type VectorSymbol } from "../shared/payment-codes";
import {
  addContinuationPage,
  collectPdf,
  createPdf,
  drawLabelValue,
  drawLines,
  drawRow,
  drawRule,
  FONT,
  PAGE,
  type Column,
  type Pdf,
} from "../shared/pdf-layout";

/**
 * Renders an invoice, credit note or payment reminder as an A4 PDF.
 *
 * Same input, same bytes: the creation date comes from the issue date and the
 * payment codes are drawn as vectors (no images). Uses only the PDF standard fonts
 * (WinAnsi covers ä, ö, å and €), so no font files ship with the worker.
 */
const PDF_LANGUAGE_TAG = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const satisfies Record<InvoiceDocument["language"], string>;

export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  const t = invoiceDocumentTexts(doc.language);
  // A credit note asks for no payment, so it gets no barcode or QR code to pay with.
  const codes = doc.kind === "credit_note" ? null : paymentCodes(doc);
  const pdf = createPdf({
    title: `${t(TITLE_KEY[doc.kind])} ${doc.invoiceNumber}`,
    creationDate: new Date(`${doc.issueDate}T00:00:00Z`),
    language: PDF_LANGUAGE_TAG[doc.language],
  });

  let y = drawHeader(pdf, doc, t);
  if (doc.kind === "reminder") y = drawOriginalInvoice(pdf, doc, t, y);
  y = drawRows(pdf, doc, t, y);
  y = drawTotals(pdf, doc, t, y);
  if (doc.notes) drawNotes(pdf, doc.notes, y + 6, caption(doc, t));
  drawPaymentSlip(pdf, doc, t, codes);
  drawFooter(pdf, doc, t);
  return collectPdf(pdf);
}

function paymentCodes(doc: InvoiceDocument): PaymentCodes {
  return {
    barcode: doc.virtualBarcode === null ? null : code128Symbol(doc.virtualBarcode),
    qr: epcQrSymbol(doc.epcQrPayload),
  };
}

interface PaymentCodes {
  /** None when the amount (1 000 000 € or more) does not fit the bank barcode. */
  barcode: VectorSymbol | null;
  qr: VectorSymbol;
}

/** Printed on top of every page after the first. */
function caption(doc: InvoiceDocument, t: InvoiceDocumentTexts): string {
  return `${t(TITLE_KEY[doc.kind])} ${doc.invoiceNumber}`;
}

function drawNotes(pdf: Pdf, notes: string, top: number, pageCaption: string): void {
  const width = PAGE.right - PAGE.left;
  pdf.font(FONT.regular).fontSize(9);
  let y = top;
  // Long notes must not run under the payment slip.
  if (y + pdf.heightOfString(notes, { width }) > PAGE.slipTop - 10) y = addContinuationPage(pdf, pageCaption);
  pdf.text(notes, PAGE.left, y, { width });
}

function addressLines(a: InvoiceDocument["seller"]["address"]): string[] {
  const lines = [a.street, `${a.postalCode} ${a.city}`];
  if (a.countryCode.toUpperCase() !== "FI") lines.push(a.countryCode.toUpperCase());
  return lines;
}

function drawHeader(pdf: Pdf, doc: InvoiceDocument, t: InvoiceDocumentTexts): number {
  pdf.font(FONT.bold).fontSize(13).text(doc.seller.name, PAGE.left, PAGE.top, { width: 260 });
  drawLines(pdf, addressLines(doc.seller.address), PAGE.left, pdf.y + 2, 260);

  // The buyer block sits where a C5 window envelope shows it.
  const buyerLines = [doc.buyer.name, ...addressLines(doc.buyer.address)];
  pdf.font(FONT.regular).fontSize(7).fillColor("#555555").text(t("buyer"), PAGE.left, 128, { lineBreak: false });
  const buyerEnd = drawLines(pdf, buyerLines, PAGE.left, 140, 250, 10);

  const x = 320;
  const w = PAGE.right - x;
  pdf
    .font(FONT.bold)
    .fontSize(18)
    .fillColor("#000000")
    .text(t(TITLE_KEY[doc.kind]).toUpperCase(), x, PAGE.top, { width: w, lineBreak: false });
  let y = PAGE.top + 30;
  y = drawLabelValue(pdf, t("invoiceNumber"), doc.invoiceNumber, x, y, w);
  y = drawLabelValue(pdf, t("issueDate"), formatDateFi(doc.issueDate), x, y, w);
  if (doc.deliveryDate) y = drawLabelValue(pdf, t("deliveryDate"), formatDateFi(doc.deliveryDate), x, y, w);
  if (doc.kind !== "credit_note") {
    y = drawLabelValue(pdf, t("dueDate"), formatDateFi(doc.dueDate), x, y, w);
    y = drawLabelValue(pdf, "", t("paymentTerms", { count: doc.paymentTermsDays }), x, y, w);
  }
  y = drawLabelValue(pdf, t("reference"), doc.referenceFormatted, x, y, w);
  if (doc.buyer.customerNumber) y = drawLabelValue(pdf, t("customerNumber"), doc.buyer.customerNumber, x, y, w);
  // A person's identifier is never printed; only a business's Y-tunnus.
  if (!doc.buyer.isPerson && doc.buyer.businessId) y = drawLabelValue(pdf, t("businessId"), doc.buyer.businessId, x, y, w);
  if (doc.kind === "credit_note" && doc.originalInvoice) {
    y = drawLabelValue(pdf, t("originalInvoice"), doc.originalInvoice.invoiceNumber, x, y, w);
  }
  return Math.max(y, buyerEnd) + 24;
}

function drawOriginalInvoice(pdf: Pdf, doc: InvoiceDocument, t: InvoiceDocumentTexts, y: number): number {
  const o = doc.originalInvoice;
  if (!o) return y;
  const w = 260;
  let next = y;
  next = drawLabelValue(pdf, t("originalInvoice"), o.invoiceNumber, PAGE.left, next, w);
  next = drawLabelValue(pdf, t("originalDueDate"), formatDateFi(o.dueDate), PAGE.left, next, w);
  next = drawLabelValue(pdf, t("originalReference"), formatReference(o.referenceNumber), PAGE.left, next, w);
  next = drawLabelValue(pdf, t("openAmount"), formatMoneyFi(o.openCents), PAGE.left, next, w);
  pdf
    .font(FONT.bold)
    .fontSize(10)
    .text(t("reminderFees"), PAGE.left, next + 8, { lineBreak: false });
  return next + 26;
}

const ROW_COLUMNS: readonly Column[] = [
  { x: 50, width: 190, align: "left" },
  { x: 245, width: 50, align: "right" },
  { x: 300, width: 60, align: "right" },
  { x: 365, width: 40, align: "right" },
  { x: 410, width: 65, align: "right" },
  { x: 480, width: 65, align: "right" },
];

function drawRows(pdf: Pdf, doc: InvoiceDocument, t: InvoiceDocumentTexts, top: number): number {
  const header = [t("description"), t("quantity"), t("unitPrice"), t("vatPercent"), t("net"), t("gross")];
  let y = top + drawRow(pdf, ROW_COLUMNS, header, top, true);
  drawRule(pdf, y - 1);
  for (const row of doc.rows) {
    // Rows flow onto further pages; the slip needs the bottom of the last page.
    if (y > PAGE.slipTop - 40) {
      const next = addContinuationPage(pdf, caption(doc, t));
      y = next + drawRow(pdf, ROW_COLUMNS, header, next, true);
    }
    const quantity = `${formatDecimalFi(row.quantity)}${row.unit ? ` ${row.unit}` : ""}`;
    const cells = [
      row.description,
      quantity,
      formatMoneyFi(row.unitPriceCents),
      formatPercentFi(row.vatRatePercent),
      formatMoneyFi(row.netCents),
      formatMoneyFi(row.grossCents),
    ];
    y += drawRow(pdf, ROW_COLUMNS, cells, y);
  }
  drawRule(pdf, y);
  return y + 8;
}

const VAT_COLUMNS: readonly Column[] = [
  { x: 50, width: 80, align: "left" },
  { x: 130, width: 80, align: "right" },
  { x: 210, width: 70, align: "right" },
];
const TOTAL_X = 330;
const TOTAL_W = PAGE.right - TOTAL_X;

function drawTotals(pdf: Pdf, doc: InvoiceDocument, t: InvoiceDocumentTexts, top: number): number {
  const breakdown = doc.vatBreakdown.map((line) => ({ ...line, ...treatmentIn(doc, line) }));
  const reasons = breakdown.filter((line) => line.vatExemptionReason).length;
  const needed = 30 + 13 * (breakdown.length + 5) + 20 * reasons;
  let y = top;
  if (y + needed > PAGE.slipTop) y = addContinuationPage(pdf, caption(doc, t));
  let vy = y + drawRow(pdf, VAT_COLUMNS, [t("vatBreakdown"), t("vatBase"), t("vat")], y, true);
  for (const line of breakdown) {
    vy += drawRow(
      pdf,
      VAT_COLUMNS,
      [formatPercentFi(line.vatRatePercent), formatMoneyFi(line.netCents), formatMoneyFi(line.vatCents)],
      vy,
    );
    // Why a 0 % line carries no VAT (exempt or outside the scope), under its line.
    if (line.vatExemptionReason) {
      const width = VAT_COLUMNS.reduce((w, c) => Math.max(w, c.x + c.width), 0) - PAGE.left;
      pdf.font(FONT.regular).fontSize(7).fillColor("#555555");
      pdf.text(line.vatExemptionReason, PAGE.left, vy, { width });
      vy += pdf.heightOfString(line.vatExemptionReason, { width }) + 3;
      pdf.fillColor("#000000");
    }
  }

  let ty = drawLabelValue(pdf, t("totalNet"), formatMoneyFi(doc.totals.netCents), TOTAL_X, y, TOTAL_W);
  ty = drawLabelValue(pdf, t("totalVat"), formatMoneyFi(doc.totals.vatCents), TOTAL_X, ty, TOTAL_W);
  ty = drawLabelValue(pdf, t("total"), formatMoneyFi(doc.totals.grossCents), TOTAL_X, ty, TOTAL_W);
  if (doc.kind === "reminder" && doc.originalInvoice) {
    ty = drawLabelValue(pdf, t("openAmount"), formatMoneyFi(doc.originalInvoice.openCents), TOTAL_X, ty, TOTAL_W);
  }
  drawRule(pdf, ty, TOTAL_X);
  const credit = doc.kind === "credit_note";
  const label = credit ? t("creditTotal") : t("amountDue");
  const value = formatMoneyFi(credit ? doc.totals.grossCents : amountDueCents(doc));
  pdf
    .font(FONT.bold)
    .fontSize(11)
    .text(label, TOTAL_X, ty + 4, { width: TOTAL_W * 0.6, lineBreak: false });
  pdf.text(value, TOTAL_X + TOTAL_W * 0.6, ty + 4, { width: TOTAL_W * 0.4, align: "right", lineBreak: false });
  if (credit) {
    pdf
      .font(FONT.regular)
      .fontSize(9)
      .text(t("creditNotice"), TOTAL_X, ty + 20, { width: TOTAL_W, align: "right", lineBreak: false });
    ty += 14;
  }
  return Math.max(vy, ty + 20) + 6;
}

/** The bank transfer details, barcode and QR code; a credit note has none. */
function drawPaymentSlip(pdf: Pdf, doc: InvoiceDocument, t: InvoiceDocumentTexts, codes: PaymentCodes | null): void {
  if (!codes) return;
  const top = PAGE.slipTop;
  drawRule(pdf, top - 8);
  const w = 300;
  let y: number = top;
  y = drawLabelValue(pdf, t("recipient"), doc.seller.name, PAGE.left, y, w);
  y = drawLabelValue(pdf, t("iban"), formatIban(doc.seller.iban), PAGE.left, y, w);
  y = drawLabelValue(pdf, t("bic"), doc.seller.bic, PAGE.left, y, w);
  y = drawLabelValue(pdf, t("reference"), doc.referenceFormatted, PAGE.left, y, w);
  y = drawLabelValue(pdf, t("dueDate"), formatDateFi(doc.dueDate), PAGE.left, y, w);
  y = drawLabelValue(pdf, t("amountDue"), formatMoneyFi(amountDueCents(doc)), PAGE.left, y, w);

  drawVectorSymbol(pdf, codes.qr, { x: PAGE.right - 100, y: top, width: 100, height: 100 });
  pdf
    .font(FONT.regular)
    .fontSize(7)
    .text(t("epcQr"), PAGE.right - 100, top + 102, { width: 100, align: "center", lineBreak: false });

  if (!codes.barcode || doc.virtualBarcode === null) {
    pdf
      .font(FONT.regular)
      .fontSize(9)
      .text(t("noBarcode"), PAGE.left, y + 24, { width: PAGE.right - 110 - PAGE.left });
    return;
  }
  drawVectorSymbol(pdf, codes.barcode, { x: PAGE.left, y: y + 10, width: 360, height: 42 });
  pdf
    .font(FONT.regular)
    .fontSize(7)
    .fillColor("#555555")
    .text(t("virtualBarcode"), PAGE.left, y + 56, { lineBreak: false });
  pdf
    .font("Courier")
    .fontSize(8)
    .fillColor("#000000")
    .text(doc.virtualBarcode, PAGE.left, y + 66, { lineBreak: false });
}

function drawFooter(pdf: Pdf, doc: InvoiceDocument, t: InvoiceDocumentTexts): void {
  const s = doc.seller;
  const parts = [
    s.name,
    s.businessId ? `${t("businessId")} ${s.businessId}` : "",
    s.email ? `${t("email")} ${s.email}` : "",
    s.phone ? `${t("phone")} ${s.phone}` : "",
  ];
  pdf.font(FONT.regular).fontSize(7).fillColor("#555555");
  pdf.text(parts.filter(Boolean).join("  ·  "), PAGE.left, PAGE.bottom - 10, {
    width: PAGE.right - PAGE.left,
    align: "center",
    lineBreak: false,
  });
  pdf.fillColor("#000000");
}

import { formatDateFi, formatMoneyFi } from "../shared/format-values";
import {
  addContinuationPage,
  collectPdf,
  createPdf,
  drawLabelValue,
  drawRow,
  drawRule,
  FONT,
  PAGE,
  type Column,
  type Pdf,
} from "../shared/pdf-layout";
import type { CoPaymentStatementDocument, SettlementStatementDocument } from "./statement-documents";
import { statementTexts } from "./messages";

const WIDTH = PAGE.right - PAGE.left;
// Room kept at the bottom of a page before a table continues on the next one.
const TABLE_BOTTOM = PAGE.bottom - 20;

function title(pdf: Pdf, text: string): number {
  pdf.font(FONT.bold).fontSize(16).fillColor("#000000").text(text, PAGE.left, PAGE.top, { lineBreak: false });
  return PAGE.top + 30;
}

/** Draws a table with a header row, continuing on captioned pages; returns the next free y. */
function drawTable(pdf: Pdf, caption: string, columns: Column[], header: string[], rows: string[][], start: number): number {
  let y = start;
  y += drawRow(pdf, columns, header, y, true);
  drawRule(pdf, y);
  y += 3;
  for (const row of rows) {
    if (y > TABLE_BOTTOM) {
      y = addContinuationPage(pdf, caption);
      y += drawRow(pdf, columns, header, y, true);
    }
    y += drawRow(pdf, columns, row, y);
  }
  return y + 6;
}

function section(pdf: Pdf, caption: string, text: string, y: number): number {
  const top = y > TABLE_BOTTOM - 40 ? addContinuationPage(pdf, caption) : y;
  pdf.font(FONT.bold).fontSize(11).fillColor("#000000").text(text, PAGE.left, top, { lineBreak: false });
  return top + 18;
}

/** The provider's settlement statement for one period: settled events, executed credits and the netting. */
export async function renderSettlementStatementPdf(doc: SettlementStatementDocument): Promise<Buffer> {
  const t = statementTexts(doc.language);
  const caption = `${t("settlementTitle")} ${doc.period} – ${doc.providerName}`;
  const pdf = createPdf({
    title: caption,
    creationDate: new Date(`${doc.runDate}T00:00:00Z`),
    language: doc.language === "fi" ? "fi-FI" : "en-GB",
  });
  let y = title(pdf, t("settlementTitle"));
  y = drawLabelValue(pdf, t("organizer"), doc.organizerName, PAGE.left, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("provider"), doc.providerName, PAGE.left, y, WIDTH / 2);
  if (doc.providerBusinessId) y = drawLabelValue(pdf, t("businessId"), doc.providerBusinessId, PAGE.left, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("period"), doc.period, PAGE.left, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("runDate"), formatDateFi(doc.runDate), PAGE.left, y, WIDTH / 2) + 12;

  y = section(pdf, caption, t("events"), y);
  const eventColumns: Column[] = [
    { x: PAGE.left + 150, width: 200, align: "left" },
    { x: PAGE.left, width: 60, align: "left" },
    { x: PAGE.left + 62, width: 86, align: "left" },
    { x: PAGE.left + 355, width: 60, align: "left" },
    { x: PAGE.left + 420, width: 75, align: "right" },
  ];
  const eventRows = doc.events.map((e) => [
    e.content,
    formatDateFi(e.date),
    e.voucherNumber,
    e.customerNumber ?? e.clientName,
    formatMoneyFi(e.voucherValueCents),
  ]);
  y = drawTable(
    pdf,
    caption,
    eventColumns,
    [t("content"), t("date"), t("voucher"), t("customerNumber"), t("value")],
    eventRows,
    y,
  );
  if (doc.events.length === 0) y = drawRow(pdf, eventColumns, [t("none")], y) + 6;

  if (doc.credits.length > 0) {
    y = section(pdf, caption, t("credits"), y);
    const creditColumns: Column[] = [
      { x: PAGE.left + 150, width: 260, align: "left" },
      { x: PAGE.left, width: 60, align: "left" },
      { x: PAGE.left + 62, width: 86, align: "left" },
      { x: PAGE.left + 420, width: 75, align: "right" },
    ];
    const creditRows = doc.credits.map((c) => [
      `${c.reasonCode}: ${c.explanation}`,
      formatDateFi(c.eventDate),
      c.voucherNumber,
      formatMoneyFi(c.amountCents),
    ]);
    y = drawTable(pdf, caption, creditColumns, [t("reason"), t("date"), t("voucher"), t("amount")], creditRows, y);
  }

  if (y > TABLE_BOTTOM - 90) y = addContinuationPage(pdf, caption);
  drawRule(pdf, y);
  y += 6;
  const x = PAGE.left + WIDTH / 2;
  y = drawLabelValue(pdf, t("approved"), formatMoneyFi(doc.approvedCents), x, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("creditTotal"), formatMoneyFi(-doc.creditCents), x, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("carriedIn"), formatMoneyFi(-doc.carriedInCents), x, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("payable"), formatMoneyFi(doc.payableCents), x, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("carriedOut"), formatMoneyFi(doc.carriedOutCents), x, y, WIDTH / 2);
  if (doc.paidOn) drawLabelValue(pdf, t("paidOn"), formatDateFi(doc.paidOn), x, y, WIDTH / 2);
  return collectPdf(pdf);
}

/** The printable co-payment statement (omavastuuerittely) for one client, service and date range. */
export async function renderCoPaymentStatementPdf(doc: CoPaymentStatementDocument): Promise<Buffer> {
  const t = statementTexts(doc.language);
  const caption = `${t("coPaymentTitle")} – ${doc.clientName}`;
  const pdf = createPdf({
    title: caption,
    creationDate: new Date(`${doc.printedOn}T00:00:00Z`),
    language: doc.language === "fi" ? "fi-FI" : "en-GB",
  });
  let y = title(pdf, t("coPaymentTitle"));
  y = drawLabelValue(pdf, t("provider"), doc.providerName, PAGE.left, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("client"), doc.clientName, PAGE.left, y, WIDTH / 2);
  if (doc.customerNumber) y = drawLabelValue(pdf, t("customerNumber"), doc.customerNumber, PAGE.left, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("service"), doc.serviceName, PAGE.left, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("range"), `${formatDateFi(doc.from)}–${formatDateFi(doc.to)}`, PAGE.left, y, WIDTH / 2);
  y = drawLabelValue(pdf, t("printedOn"), formatDateFi(doc.printedOn), PAGE.left, y, WIDTH / 2) + 12;

  const columns: Column[] = [
    { x: PAGE.left + 145, width: 150, align: "left" },
    { x: PAGE.left, width: 58, align: "left" },
    { x: PAGE.left + 60, width: 82, align: "left" },
    { x: PAGE.left + 300, width: 62, align: "right" },
    { x: PAGE.left + 365, width: 65, align: "right" },
    { x: PAGE.left + 433, width: 62, align: "right" },
  ];
  const rows = doc.rows.map((r) => [
    r.state === "under_review" ? `${r.content} (${t("underReview")})` : r.content,
    formatDateFi(r.date),
    r.voucherNumber,
    formatMoneyFi(r.priceCents),
    formatMoneyFi(r.voucherValueCents),
    formatMoneyFi(r.coPaymentCents),
  ]);
  y = drawTable(pdf, caption, columns, [t("content"), t("date"), t("voucher"), t("price"), t("value"), t("coPayment")], rows, y);
  if (doc.rows.length === 0) y = drawRow(pdf, columns, [t("none")], y) + 6;
  drawRule(pdf, y);
  y += 4;
  drawRow(
    pdf,
    columns,
    [
      t("total"),
      "",
      "",
      formatMoneyFi(doc.totals.priceCents),
      formatMoneyFi(doc.totals.voucherValueCents),
      formatMoneyFi(doc.totals.coPaymentCents),
    ],
    y,
    true,
  );
  return collectPdf(pdf);
}

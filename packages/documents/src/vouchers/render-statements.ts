import { formatDate, formatPeriod } from "@reskontra/domain";
import { formatMoneyFi } from "../shared/format-values";
import { addContinuationPage, collectPdf, createPdf, drawRule, FONT, PAGE, type Column, type Pdf } from "../shared/pdf-layout";
import type { CoPaymentStatementDocument, SettlementStatementDocument } from "./statement-documents";
import { statementTexts } from "./messages";
import { drawCells, drawFact, drawTable, TABLE_BOTTOM } from "./statement-layout";

const WIDTH = PAGE.right - PAGE.left;
const col = (x: number, width: number, align: Column["align"] = "left"): Column => ({ x: PAGE.left + x, width, align });

function title(pdf: Pdf, text: string): number {
  pdf.font(FONT.bold).fontSize(16).fillColor("#000000").text(text, PAGE.left, PAGE.top, { lineBreak: false });
  return PAGE.top + 30;
}

function section(pdf: Pdf, caption: string, text: string, y: number): number {
  const top = y > TABLE_BOTTOM - 40 ? addContinuationPage(pdf, caption) : y;
  pdf.font(FONT.bold).fontSize(11).fillColor("#000000").text(text, PAGE.left, top, { lineBreak: false });
  return top + 18;
}

/** The provider's settlement statement for one period: settled events, executed credits and the netting. */
export async function renderSettlementStatementPdf(doc: SettlementStatementDocument): Promise<Buffer> {
  const t = statementTexts(doc.language);
  const date = (d: string) => formatDate(d, doc.language);
  const caption = `${t("settlementTitle")} ${formatPeriod(doc.period, doc.language)} – ${doc.providerName}`;
  const pdf = createPdf({
    title: caption,
    creationDate: new Date(`${doc.runDate}T00:00:00Z`),
    language: doc.language === "fi" ? "fi-FI" : "en-GB",
  });
  let y = title(pdf, t("settlementTitle"));
  y = drawFact(pdf, t("organizer"), doc.organizerName, PAGE.left, y, WIDTH / 2);
  y = drawFact(pdf, t("provider"), doc.providerName, PAGE.left, y, WIDTH / 2);
  if (doc.providerBusinessId) y = drawFact(pdf, t("businessId"), doc.providerBusinessId, PAGE.left, y, WIDTH / 2);
  y = drawFact(pdf, t("period"), formatPeriod(doc.period, doc.language), PAGE.left, y, WIDTH / 2);
  y = drawFact(pdf, t("runDate"), date(doc.runDate), PAGE.left, y, WIDTH / 2) + 12;

  y = section(pdf, caption, t("events"), y);
  const eventColumns = [col(0, 55), col(59, 88), col(151, 170), col(325, 94), col(423, 72, "right")];
  const eventRows = doc.events.map((e) => [
    date(e.date),
    e.voucherNumber,
    e.content,
    e.customerNumber ?? e.clientName,
    formatMoneyFi(e.voucherValueCents),
  ]);
  y = drawTable(
    pdf,
    caption,
    eventColumns,
    [t("date"), t("voucher"), t("content"), t("customerNumber"), t("value")],
    eventRows,
    y,
  );
  if (doc.events.length === 0) y = drawCells(pdf, [col(0, WIDTH)], [t("none")], y) + 6;

  if (doc.credits.length > 0) {
    y = section(pdf, caption, t("credits"), y);
    const creditColumns = [col(0, 55), col(59, 88), col(151, 268), col(423, 72, "right")];
    const creditRows = doc.credits.map((c) => [
      date(c.eventDate),
      c.voucherNumber,
      `${c.reasonCode}: ${c.explanation}`,
      formatMoneyFi(c.amountCents),
    ]);
    y = drawTable(pdf, caption, creditColumns, [t("date"), t("voucher"), t("reason"), t("amount")], creditRows, y);
  }

  if (y > TABLE_BOTTOM - 90) y = addContinuationPage(pdf, caption);
  drawRule(pdf, y);
  y += 6;
  const x = PAGE.left + WIDTH / 2;
  y = drawFact(pdf, t("approved"), formatMoneyFi(doc.approvedCents), x, y, WIDTH / 2);
  y = drawFact(pdf, t("creditTotal"), formatMoneyFi(-doc.creditCents), x, y, WIDTH / 2);
  y = drawFact(pdf, t("carriedIn"), formatMoneyFi(-doc.carriedInCents), x, y, WIDTH / 2);
  y = drawFact(pdf, t("payable"), formatMoneyFi(doc.payableCents), x, y, WIDTH / 2);
  y = drawFact(pdf, t("carriedOut"), formatMoneyFi(doc.carriedOutCents), x, y, WIDTH / 2);
  if (doc.paidOn) drawFact(pdf, t("paidOn"), date(doc.paidOn), x, y, WIDTH / 2);
  return collectPdf(pdf);
}

/** The printable co-payment statement (omavastuuerittely) for one client, service and date range. */
export async function renderCoPaymentStatementPdf(doc: CoPaymentStatementDocument): Promise<Buffer> {
  const t = statementTexts(doc.language);
  const date = (d: string) => formatDate(d, doc.language);
  const caption = `${t("coPaymentTitle")} – ${doc.clientName}`;
  const pdf = createPdf({
    title: caption,
    creationDate: new Date(`${doc.printedOn}T00:00:00Z`),
    language: doc.language === "fi" ? "fi-FI" : "en-GB",
  });
  let y = title(pdf, t("coPaymentTitle"));
  y = drawFact(pdf, t("provider"), doc.providerName, PAGE.left, y, WIDTH / 2);
  y = drawFact(pdf, t("client"), doc.clientName, PAGE.left, y, WIDTH / 2);
  if (doc.customerNumber) y = drawFact(pdf, t("customerNumber"), doc.customerNumber, PAGE.left, y, WIDTH / 2);
  y = drawFact(pdf, t("service"), doc.serviceName, PAGE.left, y, WIDTH / 2);
  y = drawFact(pdf, t("range"), `${date(doc.from)}–${date(doc.to)}`, PAGE.left, y, WIDTH / 2);
  y = drawFact(pdf, t("printedOn"), date(doc.printedOn), PAGE.left, y, WIDTH / 2) + 12;

  const columns = [col(0, 55), col(59, 88), col(151, 130), col(285, 66, "right"), col(355, 68, "right"), col(427, 68, "right")];
  const rows = doc.rows.map((r) => [
    date(r.date),
    r.voucherNumber,
    r.state === "under_review" ? `${r.content} (${t("underReview")})` : r.content,
    formatMoneyFi(r.priceCents),
    formatMoneyFi(r.voucherValueCents),
    formatMoneyFi(r.coPaymentCents),
  ]);
  y = drawTable(pdf, caption, columns, [t("date"), t("voucher"), t("content"), t("price"), t("value"), t("coPayment")], rows, y);
  if (doc.rows.length === 0) y = drawCells(pdf, [col(0, WIDTH)], [t("none")], y) + 6;
  if (y > TABLE_BOTTOM - 20) y = addContinuationPage(pdf, caption);
  drawRule(pdf, y);
  y += 4;
  drawCells(
    pdf,
    columns,
    [
      "",
      "",
      t("total"),
      formatMoneyFi(doc.totals.priceCents),
      formatMoneyFi(doc.totals.voucherValueCents),
      formatMoneyFi(doc.totals.coPaymentCents),
    ],
    y,
    true,
  );
  return collectPdf(pdf);
}

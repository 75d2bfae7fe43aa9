import PDFDocument from "pdfkit";

/**
 * Low-level drawing helpers for the invoice PDF: page geometry, fonts and a
 * right-aligned table row. Kept apart from render-invoice-pdf.ts so that file
 * reads as the order of sections on the page.
 */

export type Pdf = PDFKit.PDFDocument;

export const PAGE = {
  left: 50,
  right: 545, // A4 is 595.28 pt wide; 50 pt margins
  top: 50,
  bottom: 792, // A4 is 841.89 pt tall
  /** The bank payment slip (barcode, QR) takes the bottom of the last page. */
  slipTop: 600,
} as const;

export const FONT = { regular: "Helvetica", bold: "Helvetica-Bold" } as const;

export function createPdf(opts: { title: string; creationDate: Date; language: string }): Pdf {
  return new PDFDocument({
    size: "A4",
    margin: PAGE.left,
    lang: opts.language,
    // A fixed creation date (pdfkit would use "now") makes the bytes, and the
    // file ID pdfkit derives from the info dictionary, reproducible.
    info: { Title: opts.title, Producer: "Reskontra", Creator: "Reskontra", CreationDate: opts.creationDate },
  });
}

/** Resolves with the whole file once pdfkit has flushed it. */
export function collectPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

export interface Column {
  x: number;
  width: number;
  align: "left" | "right";
}

/** Draws one table row; the first column may wrap. Returns the row's height. */
export function drawRow(doc: Pdf, columns: readonly Column[], cells: readonly string[], y: number, bold = false): number {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(9);
  let height = 0;
  columns.forEach((col, i) => {
    const text = cells[i] ?? "";
    const wraps = i === 0;
    doc.text(text, col.x, y, { width: col.width, align: col.align, lineBreak: wraps });
    height = Math.max(height, wraps ? doc.heightOfString(text, { width: col.width }) : doc.currentLineHeight(true));
  });
  return height + 3;
}

export function drawRule(doc: Pdf, y: number, from: number = PAGE.left, to: number = PAGE.right): void {
  doc.moveTo(from, y).lineTo(to, y).lineWidth(0.5).strokeColor("#888888").stroke();
}

/** "Label" in small grey above/left, value in black; returns the next y. */
export function drawLabelValue(doc: Pdf, label: string, value: string, x: number, y: number, width: number): number {
  doc
    .font(FONT.regular)
    .fontSize(8)
    .fillColor("#555555")
    .text(label, x, y, { width: width / 2, lineBreak: false });
  doc
    .font(FONT.bold)
    .fontSize(9)
    .fillColor("#000000")
    .text(value, x + width / 2, y, { width: width / 2, align: "right", lineBreak: false });
  return y + 13;
}

export function drawLines(doc: Pdf, lines: readonly string[], x: number, y: number, width: number, size = 9): number {
  doc.font(FONT.regular).fontSize(size).fillColor("#000000");
  let next = y;
  for (const line of lines) {
    doc.text(line, x, next, { width, lineBreak: false });
    next += size + 3;
  }
  return next;
}

/** A further page, captioned (e.g. "Lasku 10010257") so loose pages can be matched; returns the first free y. */
export function addContinuationPage(doc: Pdf, caption: string): number {
  doc.addPage();
  doc
    .font(FONT.regular)
    .fontSize(8)
    .fillColor("#555555")
    .text(caption, PAGE.left, PAGE.top - 22, { lineBreak: false });
  doc.fillColor("#000000");
  return PAGE.top;
}

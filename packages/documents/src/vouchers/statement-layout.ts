import { addContinuationPage, drawRule, FONT, PAGE, type Column, type Pdf } from "../shared/pdf-layout";

/**
 * The statements' own table and fact layout. Every cell wraps inside its column and a row is as
 * tall as its tallest cell, so a long client name, voucher number or county name takes another
 * line instead of running over its neighbour (the shared drawRow wraps only the first column).
 */

// Room kept at the bottom of a page before a table continues on the next one.
export const TABLE_BOTTOM = PAGE.bottom - 20;
const CELL_SIZE = 9;
const ROW_GAP = 3;

function cellFont(pdf: Pdf, bold: boolean): void {
  pdf
    .font(bold ? FONT.bold : FONT.regular)
    .fontSize(CELL_SIZE)
    .fillColor("#000000");
}

function rowHeight(pdf: Pdf, columns: readonly Column[], cells: readonly string[], bold: boolean): number {
  cellFont(pdf, bold);
  const heights = columns.map((col, i) => (cells[i] ? pdf.heightOfString(cells[i], { width: col.width }) : 0));
  return Math.max(pdf.currentLineHeight(true), ...heights) + ROW_GAP;
}

/** Draws one row, every cell wrapping in its column; returns the row's height. */
export function drawCells(pdf: Pdf, columns: readonly Column[], cells: readonly string[], y: number, bold = false): number {
  const height = rowHeight(pdf, columns, cells, bold);
  cellFont(pdf, bold);
  columns.forEach((col, i) => {
    const text = cells[i] ?? "";
    if (text) pdf.text(text, col.x, y, { width: col.width, align: col.align });
  });
  return height;
}

/** A header row, a rule and the rows, continuing on captioned pages with the header again; returns the next free y. */
export function drawTable(
  pdf: Pdf,
  caption: string,
  columns: readonly Column[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
  start: number,
): number {
  const drawHeader = (top: number) => {
    const next = top + drawCells(pdf, columns, header, top, true);
    drawRule(pdf, next);
    return next + 3;
  };
  let y = drawHeader(start);
  for (const row of rows) {
    if (y + rowHeight(pdf, columns, row, false) > TABLE_BOTTOM) y = drawHeader(addContinuationPage(pdf, caption));
    y += drawCells(pdf, columns, row, y);
  }
  return y + 6;
}

/**
 * A label and its value side by side in `width`: the label takes the left part, the value the
 * right, each wrapping within its part, so a long county name never runs over its label.
 */
export function drawFact(pdf: Pdf, label: string, value: string, x: number, y: number, width: number): number {
  const labelWidth = width * 0.45;
  const valueWidth = width - labelWidth - 6;
  pdf.font(FONT.regular).fontSize(8).fillColor("#555555");
  const labelHeight = pdf.heightOfString(label, { width: labelWidth });
  pdf.text(label, x, y, { width: labelWidth });
  pdf.font(FONT.bold).fontSize(9).fillColor("#000000");
  const valueHeight = pdf.heightOfString(value, { width: valueWidth });
  pdf.text(value, x + labelWidth + 6, y, { width: valueWidth, align: "right" });
  return y + Math.max(13, labelHeight + 2, valueHeight + 2);
}

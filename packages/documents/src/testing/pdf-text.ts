import { createRequire } from "node:module";
import path from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

/** Test-only: reads a generated PDF back with pdfjs (text per page, image and filled-rectangle counts). */

// pdfjs needs its own copies of the standard fonts to measure Helvetica; point it at them to avoid warnings.
const require = createRequire(import.meta.url);
const standardFontDataUrl = `${path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts")}${path.sep}`;

export interface PdfContent {
  pages: string[];
  /** All pages, one text item per line, no-break spaces turned into plain spaces. */
  text: string;
  imageCount: number;
  /** Rectangles in the drawn paths (the vector barcode's bars and the QR code's module runs). */
  rectangleCount: number;
}

export async function readPdf(bytes: Buffer): Promise<PdfContent> {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false }).promise;
  const pages: string[] = [];
  let imageCount = 0;
  let rectangleCount = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const lines = content.items.map((item) => ("str" in item ? item.str : ""));
    pages.push(lines.join("\n").replace(/\u00a0/g, " "));
    const ops = await page.getOperatorList();
    imageCount += ops.fnArray.filter((fn) => fn === pdfjs.OPS.paintImageXObject).length;
    ops.fnArray.forEach((fn, i) => {
      if (fn !== pdfjs.OPS.constructPath) return;
      const [pathOps] = ops.argsArray[i] as [number[]];
      rectangleCount += pathOps.filter((op) => op === pdfjs.OPS.rectangle).length;
    });
  }
  await pdf.destroy();
  return { pages, text: pages.join("\n"), imageCount, rectangleCount };
}

/** One text item as drawn: its text and its box on the page, in PDF points (y grows upwards). */
export interface PlacedText {
  page: number;
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/**
 * Test-only: every non-blank text item with its box, for layout tests (no two boxes may cross).
 * The box runs from the baseline up by the font size, and along the item's measured width.
 */
export async function readPdfLayout(bytes: Buffer): Promise<PlacedText[]> {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false }).promise;
  const placed: PlacedText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
      const size = Math.hypot(a, b);
      placed.push({ page: n, text: item.str, left: x, right: x + item.width, bottom: y, top: y + (item.height || size) });
    }
  }
  await pdf.destroy();
  return placed;
}

/** The pairs of text items whose boxes cross by more than `tolerance` points each way. */
export function overlappingTexts(items: readonly PlacedText[], tolerance = 0.5): [PlacedText, PlacedText][] {
  const pairs: [PlacedText, PlacedText][] = [];
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) {
      if (a.page !== b.page) continue;
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const up = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
      if (across > tolerance && up > tolerance) pairs.push([a, b]);
    }
  });
  return pairs;
}

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

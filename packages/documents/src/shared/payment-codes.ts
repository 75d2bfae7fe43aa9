// The explicit node entry: the package root only resolves under a "node" export condition.
// `raw` is taken from the default export: the named ESM export `raw` is the "raw" symbology, not the encoder.
import bwipjs from "bwip-js/node";
import QRCode from "qrcode";
import type { Pdf } from "./pdf-layout";

/**
 * The two machine-readable payment codes on the slip, drawn as vectors (filled
 * rectangles). Vectors are synchronous, so two renders of the same invoice give
 * the same bytes (pdfkit embeds PNGs with alpha asynchronously, in varying
 * object order), print sharply at any resolution and keep the file small.
 */

/** A dark rectangle in module units, measured from the symbol's top-left corner including its quiet zone. */
export interface ModuleRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A symbol as dark rectangles on a grid of `widthModules` × `heightModules` (quiet zones included). */
export interface VectorSymbol {
  widthModules: number;
  heightModules: number;
  rects: ModuleRect[];
}

/** Code 128 asks for a light margin of at least ten modules on both sides. */
export const CODE128_QUIET_ZONE = 10;
/** ISO/IEC 18004 asks for a light margin of four modules around a QR code. */
export const QR_QUIET_ZONE = 4;

/**
 * Bank virtual barcode as Code 128 (54 digits encode compactly in code set C):
 * the bar and space widths in modules, starting with a bar.
 */
export function code128Widths(virtualBarcode: string): number[] {
  if (!/^\d{54}$/.test(virtualBarcode)) {
    throw new RangeError(`virtual barcode must be 54 digits, got ${virtualBarcode.length} characters`);
  }
  const [symbol] = bwipjs.raw("code128", virtualBarcode, {});
  if (!symbol || !("sbs" in symbol)) throw new Error("Code 128 encoder returned no bars");
  return symbol.sbs;
}

/** The bars of a Code 128 symbol, one module tall, with the quiet zones. */
export function code128Symbol(virtualBarcode: string): VectorSymbol {
  const rects: ModuleRect[] = [];
  let x = CODE128_QUIET_ZONE;
  code128Widths(virtualBarcode).forEach((width, i) => {
    if (i % 2 === 0) rects.push({ x, y: 0, width, height: 1 });
    x += width;
  });
  return { widthModules: x + CODE128_QUIET_ZONE, heightModules: 1, rects };
}

/** The EPC guideline asks for error correction level M. */
export function epcQrMatrix(payload: string): { size: number; isDark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: "M" });
  return { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) };
}

/** EPC QR code as squares; dark modules next to each other in a row merge into one rectangle. */
export function epcQrSymbol(payload: string): VectorSymbol {
  const { size, isDark } = epcQrMatrix(payload);
  const rects: ModuleRect[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && isDark(row, col)) col++;
      rects.push({ x: start + QR_QUIET_ZONE, y: row + QR_QUIET_ZONE, width: col - start, height: 1 });
    }
  }
  const total = size + 2 * QR_QUIET_ZONE;
  return { widthModules: total, heightModules: total, rects };
}

/** Fills the symbol's dark rectangles, scaled into the box at (x, y) of `width` × `height` points. */
export function drawVectorSymbol(
  pdf: Pdf,
  symbol: VectorSymbol,
  box: { x: number; y: number; width: number; height: number },
): void {
  const sx = box.width / symbol.widthModules;
  const sy = box.height / symbol.heightModules;
  pdf.save();
  for (const r of symbol.rects) pdf.rect(box.x + r.x * sx, box.y + r.y * sy, r.width * sx, r.height * sy);
  pdf.fill("#000000");
  pdf.restore();
}

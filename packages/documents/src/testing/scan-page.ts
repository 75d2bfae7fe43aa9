import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BinaryBitmap, Code128Reader, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from "@zxing/library";

/** Poppler's `pdftoppm` (Debian package poppler-utils) rasterises a page the way a printer would. */
export const hasPdftoppm = spawnSync("pdftoppm", ["-v"]).error === undefined;

/** A grey page image: one luminance byte per pixel, at `dpi` dots per inch. */
export interface PageImage {
  width: number;
  height: number;
  dpi: number;
  pixels: Uint8Array;
}

/** Rasterises one page (1-based) of a PDF to grey pixels with pdftoppm. */
export function rasterizePage(pdf: Buffer, page: number, dpi: number): PageImage {
  const dir = mkdtempSync(join(tmpdir(), "reskontra-scan-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    const f = String(page);
    execFileSync("pdftoppm", [
      "-r",
      String(dpi),
      "-gray",
      "-f",
      f,
      "-l",
      f,
      "-singlefile",
      join(dir, "in.pdf"),
      join(dir, "out"),
    ]);
    return { ...parsePgm(readFileSync(join(dir, "out.pgm"))), dpi };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Binary PGM (P5, 8-bit): a text header of magic, width, height and max value, then the pixels. */
function parsePgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i] ?? 32))) i++;
    let token = "";
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i] ?? 32))) token += String.fromCharCode(bytes[i++] ?? 0);
    fields.push(token);
  }
  const [magic, width, height, max] = fields;
  if (magic !== "P5" || max !== "255") throw new Error(`not an 8-bit binary PGM: ${magic} ${max}`);
  const w = Number(width);
  const h = Number(height);
  return { width: w, height: h, pixels: bytes.subarray(i + 1, i + 1 + w * h) };
}

/** A region of the page in PDF points from the top-left corner (72 points to the inch). */
export interface PointBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Decodes the one symbol of `format` inside `box` of the page image, as a phone or a bank's
 * scanner reads the printed slip; throws if nothing there decodes.
 */
export function scanSymbol(image: PageImage, box: PointBox, format: "QR_CODE" | "CODE_128"): string {
  const scale = image.dpi / 72;
  const left = Math.max(0, Math.floor(box.x * scale));
  const top = Math.max(0, Math.floor(box.y * scale));
  const width = Math.min(image.width - left, Math.ceil(box.width * scale));
  const height = Math.min(image.height - top, Math.ceil(box.height * scale));
  const crop = new Uint8ClampedArray(width * height);
  for (let row = 0; row < height; row++) {
    const start = (top + row) * image.width + left;
    crop.set(image.pixels.subarray(start, start + width), row * width);
  }
  // One reader per symbology: zxing's multi-format reader logs every symbology that fails.
  const reader = format === "QR_CODE" ? new QRCodeReader() : new Code128Reader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(crop, width, height)));
  return reader.decode(bitmap, hints).getText();
}

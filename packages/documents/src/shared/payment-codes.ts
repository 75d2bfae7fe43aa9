// The explicit node entry: the package root only resolves under a "node" export condition.
import { toBuffer as renderBarcode } from "bwip-js/node";
import QRCode from "qrcode";

/**
 * The two machine-readable payment codes on the slip, as PNG images.
 * Both libraries are deterministic, which keeps the whole PDF reproducible.
 */

/** Bank virtual barcode as Code 128 (54 digits encode compactly in code set C). */
export function renderBarcodePng(virtualBarcode: string): Promise<Buffer> {
  if (!/^\d{54}$/.test(virtualBarcode)) {
    return Promise.reject(new RangeError(`virtual barcode must be 54 digits, got ${virtualBarcode.length} characters`));
  }
  return renderBarcode({ bcid: "code128", text: virtualBarcode, scale: 2, height: 12, includetext: false });
}

/** EPC QR code (SEPA credit transfer); the EPC guideline asks for error correction level M. */
export function renderEpcQrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { errorCorrectionLevel: "M", margin: 1, width: 240, type: "png" });
}

import { describe, expect, it } from "vitest";
import { renderInvoicePdf } from "./render-invoice-pdf";
import { sampleInvoiceDocument, sampleReminderDocument } from "./sample-invoice-document";
import { PAGE } from "../shared/pdf-layout";
import { hasPdftoppm, rasterizePage, scanSymbol } from "../testing/scan-page";

// The codes are drawn as vector rectangles; this reads them back the way a payer's bank app does:
// from a rasterised page. A missing pdftoppm fails in CI (which installs poppler-utils) and skips
// elsewhere with the reason.
if (!hasPdftoppm) {
  if (!["", "0", "false"].includes(process.env.CI ?? "")) {
    throw new Error("pdftoppm (Debian package poppler-utils) is needed in CI to scan the rendered payment codes");
  }
  console.warn("payment-codes-scan: skipped — no pdftoppm. Install Debian's poppler-utils to scan the rendered codes.");
}

/** The slip's QR code sits in the bottom right of the last page; the barcode below the transfer details. */
const QR_BOX = { x: PAGE.right - 115, y: PAGE.slipTop - 10, width: 130, height: 125 };
const BARCODE_BOX = { x: PAGE.left - 20, y: PAGE.slipTop + 80, width: 400, height: 70 };

describe.skipIf(!hasPdftoppm)("payment codes scanned from the printed page", () => {
  for (const [name, doc] of [
    ["invoice", sampleInvoiceDocument],
    ["reminder", sampleReminderDocument],
  ] as const) {
    it(`reads back the ${name}'s bank barcode and EPC QR code at 200 dpi`, async () => {
      const image = rasterizePage(await renderInvoicePdf(doc), 1, 200);
      expect(scanSymbol(image, BARCODE_BOX, "CODE_128")).toBe(doc.virtualBarcode);
      expect(scanSymbol(image, QR_BOX, "QR_CODE")).toBe(doc.epcQrPayload);
    });
  }

  it("finds no barcode where the page has none (the scan can fail)", async () => {
    const image = rasterizePage(await renderInvoicePdf(sampleInvoiceDocument), 1, 200);
    expect(() => scanSymbol(image, { x: PAGE.left, y: PAGE.top, width: 200, height: 60 }, "CODE_128")).toThrow();
  });
});

import { bench, describe } from "vitest";
import { renderInvoicePdf } from "./render-invoice-pdf";
import { sampleInvoiceDocument } from "./sample-invoice-document";

/**
 * PDFs per second on one core: the whole render (layout, Code 128 barcode, EPC QR code)
 * of the sample invoice, one after another in a single process. vitest reports hz = PDFs/s.
 */
describe("renderInvoicePdf", () => {
  bench(
    "sample invoice, one PDF per iteration",
    async () => {
      await renderInvoicePdf(sampleInvoiceDocument);
    },
    { time: 5_000, warmupTime: 1_000 },
  );
});

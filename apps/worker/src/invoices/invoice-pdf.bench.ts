import { renderInvoicePdf } from "@reskontra/documents";
import { renderBarePdfkitPage, sampleInvoiceDocument } from "@reskontra/documents/testing";
import { reportGoal } from "@reskontra/db/testing";
import { bench, describe } from "vitest";

/**
 * Invoice PDFs per CPU-second (one core) as the worker renders them for dispatch: the sample invoice
 * with its Code 128 barcode and EPC QR code, against a bare pdfkit page with the same texts, in
 * interleaved rounds in this process. The goal (issue 16) is ≥ 200 PDFs per core.
 */
const doc = sampleInvoiceDocument;

/** Documents rendered per CPU-second of this process (rendering is single-threaded). */
async function perCpuSecond(render: () => Promise<Buffer>, count: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) await render();
  const used = process.cpuUsage(start);
  return count / ((used.user + used.system) / 1e6);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe("invoice PDF for dispatch", () => {
  bench(
    "goal: invoice PDFs per core against bare pdfkit (3 interleaved rounds of 200)",
    async () => {
      for (let i = 0; i < 30; i++) await Promise.all([renderInvoicePdf(doc), renderBarePdfkitPage(doc)]);
      const product: number[] = [];
      const baseline: number[] = [];
      for (let round = 0; round < 3; round++) {
        product.push(await perCpuSecond(() => renderInvoicePdf(doc), 200));
        baseline.push(await perCpuSecond(() => renderBarePdfkitPage(doc), 200));
      }
      const row = reportGoal({
        name: "invoice PDF (barcode + EPC QR), per core",
        unit: "PDF/s",
        product: median(product),
        baseline: median(baseline),
        goals: [{ kind: "at-least", value: 200 }],
      });
      console.log(`invoice PDF: ${row.product.toFixed(0)} per CPU-second; bare pdfkit ${String(row.baseline?.toFixed(0))}`);
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});

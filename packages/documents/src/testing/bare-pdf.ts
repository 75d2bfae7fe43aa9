import PDFDocument from "pdfkit";
import type { InvoiceDocument } from "../invoices/invoice-document";
import { collectPdf } from "../shared/pdf-layout";

/**
 * A benchmark's baseline: pdfkit alone, one A4 page with the invoice's texts in the same font and
 * no layout, no payment codes. What renderInvoicePdf costs beyond this is ours.
 */
export function renderBarePdfkitPage(doc: InvoiceDocument): Promise<Buffer> {
  const texts = [
    doc.seller.name,
    doc.seller.address.street,
    doc.buyer.name,
    doc.buyer.address.street,
    doc.invoiceNumber,
    doc.referenceFormatted,
    ...doc.rows.flatMap((r) => [r.description, String(r.quantity), String(r.unitPriceCents), String(r.grossCents)]),
    doc.seller.iban,
    doc.seller.bic,
    doc.virtualBarcode ?? "",
  ];
  const pdf = new PDFDocument({ size: "A4", margin: 50, info: { CreationDate: new Date(`${doc.issueDate}T00:00:00Z`) } });
  pdf.font("Helvetica").fontSize(9);
  texts.forEach((text, i) => pdf.text(text, 50 + (i % 2) * 250, 50 + i * 14, { width: 240, lineBreak: false }));
  return collectPdf(pdf);
}

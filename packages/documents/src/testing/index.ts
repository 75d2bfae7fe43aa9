// Test-only helpers for other packages' tests; pdfjs-dist is a dev dependency of this package.
// The Finvoice schema check is its own entry (`./testing/finvoice`): loading it reads the XSD.
export { overlappingTexts, readPdf, readPdfLayout } from "./pdf-text";
export type { PdfContent, PlacedText } from "./pdf-text";
export { sampleReminderDocument } from "../invoices/sample-invoice-document";
export { renderBarePdfkitPage } from "./bare-pdf";
export { sampleInvoiceDocument } from "../invoices/sample-invoice-document";

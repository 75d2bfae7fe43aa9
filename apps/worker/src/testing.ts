// Test-only helpers other packages' tests may use (pdfjs-dist is a dev dependency of the worker).
export { readPdf } from "./invoices/documents/test-support/pdf-text";
export type { PdfContent } from "./invoices/documents/test-support/pdf-text";

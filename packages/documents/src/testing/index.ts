// Test-only helpers for other packages' tests; pdfjs-dist is a dev dependency of this package.
// The Finvoice schema check is its own entry (`./testing/finvoice`): loading it reads the XSD.
export { readPdf } from "./pdf-text";
export type { PdfContent } from "./pdf-text";

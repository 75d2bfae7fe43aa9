// Test-only helpers other packages' tests may use (pdfjs-dist is a dev dependency of the worker).
export { readPdf } from "@reskontra/documents/testing";
export type { PdfContent } from "@reskontra/documents/testing";

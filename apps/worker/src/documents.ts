// What the api needs to show a document without running the worker: the loader and the renderer.
export { loadInvoiceDocument } from "./invoices/load-invoice-document";
export { renderInvoicePdf } from "@reskontra/documents";
export { startMailCatcher, readCaughtMail } from "./mail/mail-catcher";
export type { CaughtMail } from "./mail/mail-catcher";

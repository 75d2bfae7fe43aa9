// What the api needs to show a document without running the worker: the loader and the renderer.
export { loadInvoiceDocument } from "./invoices/load-invoice-document";
export { renderInvoicePdf } from "@reskontra/documents";
// Kept until the api imports the mail catcher from @reskontra/mail.
export { startMailCatcher, readCaughtMail } from "@reskontra/mail";
export type { CaughtMail } from "@reskontra/mail";

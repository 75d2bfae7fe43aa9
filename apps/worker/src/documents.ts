// What the api needs to show a document without running the worker: the renderer (the loader is a use case).
export { renderInvoicePdf } from "./invoices/documents/render-invoice-pdf";
export { startMailCatcher, readCaughtMail } from "./mail/mail-catcher";
export type { CaughtMail } from "./mail/mail-catcher";

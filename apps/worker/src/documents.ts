// The loader alone: the api still reads an invoice's document model through the worker until the
// loaders move to a use-case package. Rendering lives in @reskontra/documents.
export { loadInvoiceDocument } from "./invoices/load-invoice-document";

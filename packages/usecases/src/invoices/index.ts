export { DispatchRefusedError, dispatchFailureOf, isPermanentDispatchError } from "./dispatch-errors";
export { loadInvoice, loadInvoiceDocument, loadInvoices } from "./load-invoice-document";
export type { InvoiceOwner, InvoiceRecord, LoadedInvoice } from "./load-invoice-document";

/** The lifecycle of DESIGN.md §1; the order is the database enum's order, so never reorder, only append. */
export const INVOICE_STATUSES = ["draft", "submitted", "needs_correction", "sent", "paid", "credited"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_KINDS = ["invoice", "credit_note"] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export const DELIVERY_METHODS = ["post", "email", "einvoice"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

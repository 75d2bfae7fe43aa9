// Pure rendering: a document model in, PDF bytes or Finvoice XML out. No database, no clock.
export { renderInvoicePdf } from "./invoices/render-invoice-pdf";
export { buildFinvoice } from "./invoices/build-finvoice";
export type { FinvoiceOptions } from "./invoices/build-finvoice";
export { amountDueCents } from "./invoices/invoice-document";
export type {
  DocumentLanguage,
  DocumentTotals,
  InvoiceDocument,
  InvoiceDocumentBuyer,
  InvoiceDocumentKind,
  InvoiceDocumentRow,
  InvoiceDocumentSeller,
  OriginalInvoiceRef,
  PartyAddress,
  VatBreakdownLine,
} from "./invoices/invoice-document";
export { renderCoPaymentStatementPdf, renderSettlementStatementPdf } from "./vouchers/render-statements";
export type { CoPaymentStatementDocument, SettlementStatementDocument } from "./vouchers/statement-documents";
export {
  NBSP,
  compactIban,
  formatAmountFinvoice,
  formatDateFi,
  formatDateFinvoice,
  formatDecimalFi,
  formatIban,
  formatMoneyFi,
  formatPercentFi,
  formatReference,
} from "./shared/format-values";
export { buildFinvoiceFrame, finvoiceFrameOptionsFor, frameFinvoice } from "./invoices/finvoice-frame";
export type { FinvoiceFrameOptions, FinvoiceFrameParty } from "./invoices/finvoice-frame";
export { vatCategoryOf } from "./invoices/invoice-document";
export type { VatCategory, VatTreatment } from "./invoices/invoice-document";
export { vatSummaryOf, vatTreatmentFor } from "./invoices/vat-summary";
export type { VatExemptionGround } from "./invoices/vat-summary";

export { renderCoPaymentStatementPdf, renderSettlementStatementPdf } from "./render-statements";
export type { CoPaymentStatementDocument, SettlementStatementDocument } from "./statement-documents";

export { checkRecordedEvents } from "./check-events";
export type { CheckResult } from "./check-events";
export { settleMonth } from "./settle-month";
export type { SettleMonthInput, SettleMonthResult, SettlementLineResult } from "./settle-month";
export { settleDueOrganizers } from "./settle-due";
export { isPeriod, periodEnd, periodOf, periodStart, previousPeriod } from "./periods";
export type { Period } from "./periods";
export { loadSettlementStatement } from "./load-settlement-statement";
// Kept until the api imports the statement renderers from @reskontra/documents.
export { renderCoPaymentStatementPdf, renderSettlementStatementPdf } from "@reskontra/documents";
export type { CoPaymentStatementDocument, SettlementStatementDocument } from "@reskontra/documents";
export { checkVoucherEvents, settleVoucherMonth, voucherJobs } from "./jobs";
export { registerVoucherJobs } from "./register";
export type { VoucherJobDeps } from "./register";
export { refreshVisibleClients } from "./refresh-visible-clients";
export { refreshVoucherVisibility } from "./jobs";

export { checkRecordedEvents } from "./check-events";
export type { CheckResult } from "./check-events";
export { settleMonth } from "./settle-month";
export type { SettleMonthInput, SettleMonthResult, SettlementLineResult } from "./settle-month";
export { settleDueOrganizers } from "./settle-due";
export { isPeriod, periodEnd, periodOf, periodStart, previousPeriod } from "./periods";
export type { Period } from "./periods";
export { loadSettlementStatement } from "./load-settlement-statement";
export { refreshVisibleClients } from "./refresh-visible-clients";

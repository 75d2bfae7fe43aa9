export { checkRecordedEvents } from "./check-events";
export type { CheckResult } from "./check-events";
export { loadSettlementStatement } from "./load-settlement-statement";
export { refreshVisibleClients } from "./refresh-visible-clients";
export { settleDueOrganizers } from "./settle-due";
export type { DueSettlement } from "./settle-due";
export { settleMonth } from "./settle-month";
export { settleableEvents } from "./settle-rule";
export type { SettleMonthInput, SettleMonthResult, SettlementLineResult } from "./settle-month";

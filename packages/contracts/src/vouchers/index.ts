export { plainDate } from "../shared/plain-date";
export {
  coPaymentQueryInput,
  createBookingInput,
  createClientInput,
  creditInput,
  eventFieldsInput,
  grantPowerInput,
  grantRightInput,
  period,
  recordEventInput,
  reportErrorInput,
  rejectEventInput,
  settingsInput,
  settlementPaymentInput,
} from "./inputs";
export {
  MAX_CHART_MONTHS,
  MAX_EVENT_SEARCH_DAYS,
  organizerEventsInput,
  settlementTotalsInput,
  voucherUsageInput,
} from "./queries";

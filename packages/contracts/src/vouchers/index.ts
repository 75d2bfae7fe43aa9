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

export { plainDate } from "../shared/plain-date";
export { coPaymentQueryInput, eventFieldsInput, period, recordEventInput } from "./inputs";

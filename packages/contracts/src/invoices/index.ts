export { plainDate } from "../shared/plain-date";
export {
  centsSchema,
  customerInput,
  invoiceDraftInput,
  invoiceRowInput,
  recordPaymentInput,
  referenceSchema,
  returnForCorrectionInput,
  type CustomerInput,
  type InvoiceDraftInput,
} from "./inputs";

export { plainDate } from "../shared/plain-date";
export {
  addMessageInput,
  centsSchema,
  createCreditNoteInput,
  customerInput,
  invoiceDraftInput,
  invoiceRowInput,
  recordPaymentInput,
  referenceSchema,
  returnForCorrectionInput,
  type CustomerInput,
  type InvoiceDraftInput,
  receivablesAgeingInput,
  type ReceivablesAgeingInput,
} from "./inputs";

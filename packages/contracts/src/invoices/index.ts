export { plainDate } from "../shared/plain-date";
export {
  centsSchema,
  customerInput,
  invoiceDraftInput,
  invoiceRowInput,
  referenceSchema,
  type CustomerInput,
  type InvoiceDraftInput,
} from "./inputs";

import { useMessages } from "../i18n/locale";
import { invoiceMessages } from "./messages";

/** `t(key, params)` over the invoicing texts, and the locale for formatting. */
export function useInvoiceText() {
  return useMessages(invoiceMessages);
}

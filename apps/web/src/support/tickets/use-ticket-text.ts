import { useMessages } from "../../i18n/locale";
import { ticketMessages } from "./messages";

/** `t(key, params)` over the tickets room's texts, and the locale for formatting. */
export function useTicketText() {
  return useMessages(ticketMessages);
}

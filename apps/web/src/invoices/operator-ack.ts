import type { Locale, Translate } from "@reskontra/i18n";
import { formatDateTime } from "@reskontra/ui";
import type { invoiceMessages } from "./messages";

type InvoiceDictionary = (typeof invoiceMessages)["fi"];

/** The e-invoice operator's acknowledgement of a dispatch, as the api sends it. */
export interface OperatorAck {
  messageId: string | null;
  receivedAt: Date;
}

/** "Vastaanottanut operaattori 3.12.2026 klo 10.15, viesti-id OP-1" under the dispatch's status. */
export function operatorAckText(ack: OperatorAck, t: Translate<InvoiceDictionary>, locale: Locale): string {
  const at = formatDateTime(ack.receivedAt, locale);
  return ack.messageId ? t("disp.operatorAck", { at, id: ack.messageId }) : t("disp.operatorAckNoId", { at });
}

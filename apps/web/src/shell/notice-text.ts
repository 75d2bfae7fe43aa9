import type { MessageKey } from "../i18n/messages";

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CHANNELS: Record<string, MessageKey> = {
  email: "inv.delivery.email",
  post: "inv.delivery.post",
  einvoice: "inv.delivery.einvoice",
};

/**
 * A notice's text in the user's language. The server stores the delivery method as its code
 * ("einvoice"); the user must read the method's name, never the code.
 */
export function noticeText(t: Translate, kind: string, number: string | null, channel: unknown): string {
  const key = typeof channel === "string" ? CHANNELS[channel] : undefined;
  const params = { number: number ?? "", channel: key ? t(key).toLocaleLowerCase() : "", kind };
  if (kind === "invoice_sent") return t(key ? "notif.invoice_sent" : "notif.invoice_sent_plain", params);
  if (kind === "invoice_returned") return t("notif.invoice_returned", params);
  return t("notif.other", params);
}

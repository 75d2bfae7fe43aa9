import type { Translate } from "@reskontra/i18n";
import type { ShellMessageKey, ShellMessages } from "./messages";

const CHANNELS: Record<string, ShellMessageKey> = {
  email: "notif.channel.email",
  post: "notif.channel.post",
  einvoice: "notif.channel.einvoice",
};

/**
 * A notice's text in the user's language. The server stores the delivery method as its code
 * ("einvoice"); the user must read the method's name, never the code.
 */
export function noticeText(t: Translate<ShellMessages>, kind: string, number: string | null, channel: unknown): string {
  const key = typeof channel === "string" ? CHANNELS[channel] : undefined;
  const params = { number: number ?? "", channel: key ? t(key).toLocaleLowerCase() : "", kind };
  if (kind === "invoice_sent") return t(key ? "notif.invoice_sent" : "notif.invoice_sent_plain", params);
  if (kind === "invoice_returned") return t("notif.invoice_returned", params);
  return t("notif.other", params);
}

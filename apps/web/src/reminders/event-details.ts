import { formatMoney, type Locale } from "@reskontra/ui";
import { reminderText } from "./texts";

/**
 * What a reminder event carried, in words: "1. muistutus · Verkkolasku · perintäkulu 12,00 € ·
 * 40 € korvaus 40,00 €". The params are the worker's record (codes and cents); the admin reads
 * names and euros, and sees the compensation the reminder claimed.
 */
export function eventDetailsText(locale: Locale, params: Record<string, unknown>): string {
  const t = (key: Parameters<typeof reminderText>[1], p: Record<string, string | number> = {}) => reminderText(locale, key, p);
  const parts: string[] = [];
  if (typeof params.sequence === "number") parts.push(t("event.sequence", { n: params.sequence }));
  const channel = params.channel;
  if (channel === "email" || channel === "post" || channel === "einvoice") parts.push(t(`channel.${channel}`));
  if (typeof params.feeCents === "number") parts.push(t("event.fee", { amount: formatMoney(params.feeCents, locale) }));
  if (typeof params.interestCents === "number" && params.interestCents > 0) {
    parts.push(t("event.interest", { amount: formatMoney(params.interestCents, locale) }));
  }
  if (typeof params.compensationCents === "number" && params.compensationCents > 0) {
    parts.push(t("event.compensation", { amount: formatMoney(params.compensationCents, locale) }));
  }
  if (typeof params.reason === "string" && params.reason) parts.push(params.reason);
  return parts.join(" · ");
}

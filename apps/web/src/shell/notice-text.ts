import type { Translate } from "@reskontra/i18n";
import type { ShellMessageKey, ShellMessages } from "./messages";

const CHANNELS: Record<string, ShellMessageKey> = {
  email: "notif.channel.email",
  post: "notif.channel.post",
  einvoice: "notif.channel.einvoice",
};

/** The notice kind the support SLA sweep sends the assignee (apps/worker/src/support/reports-sla-sweep.ts). */
export const SUPPORT_SLA_NOTICE = "support.sla_breached";

/**
 * A notice's text in the user's language. The server stores the delivery method as its code
 * ("einvoice") and an SLA target as its code ("first_response"); the user must read their names,
 * never the codes. `stored` is the notice's stored parameters.
 */
export function noticeText(
  t: Translate<ShellMessages>,
  kind: string,
  number: string | null,
  stored: Record<string, unknown>,
): string {
  const key = typeof stored.channel === "string" ? CHANNELS[stored.channel] : undefined;
  const params = { number: number ?? "", channel: key ? t(key).toLocaleLowerCase() : "", kind };
  if (kind === "invoice_sent") return t(key ? "notif.invoice_sent" : "notif.invoice_sent_plain", params);
  if (kind === "invoice_returned") return t("notif.invoice_returned", params);
  if (kind === SUPPORT_SLA_NOTICE) {
    const ticket = typeof stored.ticketNumber === "number" ? String(stored.ticketNumber) : "";
    const target = stored.target === "resolution" ? "notif.support_sla.resolution" : "notif.support_sla.first_response";
    return t(target, { ...params, number: ticket });
  }
  if (kind === RATE_MISSING_NOTICE) return rateMissingText(t, stored);
  return t("notif.other", params);
}

/** The notice the reminder run and the reference-rate sweep send (packages/usecases/src/reminders/reference-rates.ts). */
export const RATE_MISSING_NOTICE = "reminders.rate_missing";

function rateMissingText(t: Translate<ShellMessages>, stored: Record<string, unknown>): string {
  const periods = typeof stored.periods === "string" ? stored.periods : "";
  const count = typeof stored.count === "number" ? stored.count : 0;
  const outcome = stored.outcome;
  if (outcome === "held") return t("notif.rate_missing.held", { periods, count });
  if (outcome === "flagged") return t("notif.rate_missing.flagged", { periods, count });
  if (outcome === "current") return t("notif.rate_missing.current", { periods });
  return t("notif.rate_missing.upcoming", { periods });
}

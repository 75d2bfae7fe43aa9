import { dispatchFailureText, type NotificationKind } from "@reskontra/domain";
import type { Locale, Translate } from "@reskontra/i18n";
import type { NoticeMessageKey, NoticeMessages } from "./notice-messages";

const CHANNELS: Record<string, NoticeMessageKey> = {
  email: "notif.channel.email",
  post: "notif.channel.post",
  einvoice: "notif.channel.einvoice",
};

/** The notice kind the support SLA sweep sends the assignee (apps/worker/src/support/reports-sla-sweep.ts). */
export const SUPPORT_SLA_NOTICE = "support.sla_breached";

interface NoticeInput {
  t: Translate<NoticeMessages>;
  locale: Locale;
  params: { number: string; channel: string };
  stored: Record<string, unknown>;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** One sentence per kind; a kind without one here is a type error, so no notice can fall back to its code. */
const NOTICES: Record<NotificationKind, (input: NoticeInput) => string> = {
  invoice_sent: ({ t, params }) => t(params.channel ? "notif.invoice_sent" : "notif.invoice_sent_plain", params),
  invoice_returned: ({ t, params }) => t("notif.invoice_returned", params),
  invoice_dispatch_failed: ({ t, locale, params, stored }) =>
    t(stored.documentKind === "reminder" ? "notif.reminder_dispatch_failed" : "notif.invoice_dispatch_failed", {
      ...params,
      reason: dispatchFailureText(text(stored.reason), locale, text(stored.detail)),
    }),
  reminder_sent: ({ t, params }) => t("notif.reminder_sent", params),
  "support.sla_breached": ({ t, params, stored }) => {
    const ticket = typeof stored.ticketNumber === "number" ? String(stored.ticketNumber) : "";
    const target = stored.target === "resolution" ? "notif.support_sla.resolution" : "notif.support_sla.first_response";
    return t(target, { ...params, number: ticket });
  },
  "reminders.rate_missing": ({ t, stored }) => rateMissingText(t, stored),
};

const isKnownKind = (kind: string): kind is NotificationKind => Object.hasOwn(NOTICES, kind);

/**
 * A notice's text in the user's language, as a sentence. The server stores the delivery method as its
 * code ("einvoice"), an SLA target as its code ("first_response") and a failure as its reason code; the
 * user reads their names, never the codes. `stored` is the notice's stored parameters.
 */
export function noticeText(
  t: Translate<NoticeMessages>,
  kind: string,
  number: string | null,
  stored: Record<string, unknown>,
  locale: Locale = "fi",
): string {
  const key = typeof stored.channel === "string" ? CHANNELS[stored.channel] : undefined;
  const params = { number: number ?? text(stored.invoiceNumber) ?? "", channel: key ? t(key).toLocaleLowerCase() : "" };
  // A kind this build of the web does not know yet still reads as a sentence, never as its code.
  return isKnownKind(kind) ? NOTICES[kind]({ t, locale, params, stored }) : t("notif.other");
}

/** The notice the reminder run and the reference-rate sweep send (packages/usecases/src/reminders/reference-rates.ts). */
export const RATE_MISSING_NOTICE = "reminders.rate_missing";

function rateMissingText(t: Translate<NoticeMessages>, stored: Record<string, unknown>): string {
  const periods = typeof stored.periods === "string" ? stored.periods : "";
  const count = typeof stored.count === "number" ? stored.count : 0;
  const outcome = stored.outcome;
  if (outcome === "held") return t("notif.rate_missing.held", { periods, count });
  if (outcome === "flagged") return t("notif.rate_missing.flagged", { periods, count });
  if (outcome === "current") return t("notif.rate_missing.current", { periods });
  return t("notif.rate_missing.upcoming", { periods });
}

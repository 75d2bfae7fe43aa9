import { INBOUND_QUARANTINE_REASONS, type InboundQuarantineReason } from "@reskontra/domain";
import { useMessages } from "../../i18n/locale";
import { mailMessages, type MailMessageKey } from "./messages";

/** `mt(key, params)` in the current language, and the locale for formatting. */
export function useMailText() {
  const { t, locale } = useMessages(mailMessages);
  return { locale, mt: t };
}

/** The dictionary key that words a quarantine reason code; an unknown code is "other". */
export function reasonKey(reason: string | null): MailMessageKey {
  return INBOUND_QUARANTINE_REASONS.includes(reason as InboundQuarantineReason)
    ? (`reason.${reason as InboundQuarantineReason}` as const)
    : "reason.other";
}

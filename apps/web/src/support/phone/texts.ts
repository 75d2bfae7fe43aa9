import { useMessages } from "../../i18n/locale";
import { phoneMessages } from "./messages";

/** `pt(key, params)` in the current language, and the locale for formatting. */
export function usePhoneText() {
  const { t, locale } = useMessages(phoneMessages);
  return { locale, pt: t };
}

import { useMessages } from "../i18n/locale";
import { supportMessages } from "./messages";

/** `st(key)` in the current language, and the locale for formatting. */
export function useSupportText() {
  const { t, locale } = useMessages(supportMessages);
  return { locale, st: t };
}

import { useMessages } from "../../i18n/locale";
import { suggestionMessages } from "./messages";

/** `gt(key, params)` in the current language, and the locale for formatting. */
export function useSuggestionText() {
  const { t, locale } = useMessages(suggestionMessages);
  return { locale, gt: t };
}

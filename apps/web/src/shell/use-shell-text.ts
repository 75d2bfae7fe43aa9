import { useLocale, useMessages } from "../i18n/locale";
import { shellMessages } from "./messages";

/** The shell's texts in the current language, with the locale switch the shell's header offers. */
export function useShellText() {
  const { locale, setLocale } = useLocale();
  const { t } = useMessages(shellMessages);
  return { t, locale, setLocale };
}

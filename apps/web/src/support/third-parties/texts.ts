import { useMessages } from "../../i18n/locale";
import { thirdPartyMessages, type ThirdPartyMessageKey } from "./messages";

type ErrorKey = Extract<ThirdPartyMessageKey, `error.${string}`>;
const isErrorKey = (key: string): key is ErrorKey => key.startsWith("error.") && key in thirdPartyMessages.fi;

/** `tt(key, params)` in the current language; `fieldError` words a refusal code the contracts schema gave. */
export function useThirdPartyText() {
  const { t, locale } = useMessages(thirdPartyMessages);
  const fieldError = (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const key = `error.${message}`;
    return isErrorKey(key) ? t(key) : message;
  };
  return { locale, tt: t, fieldError };
}

import type { Locale } from "@reskontra/ui";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { createTranslator, type Dictionary, type Messages, type Translate } from "@reskontra/i18n";

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

function initialLocale(): Locale {
  const match = /(?:^|;\s*)rsk_locale=(fi|en)/.exec(document.cookie);
  return match?.[1] === "en" ? "en" : "fi";
}

/** Finnish by default; the choice lives in a cookie so the server answers in the same language. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    document.cookie = `rsk_locale=${next}; path=/; max-age=31536000; samesite=lax`;
    setLocaleState(next);
  }, []);
  // <html lang> follows the language, from the first render after a reload as after a switch.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<LocaleState>(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale outside LocaleProvider");
  return value;
}

/**
 * A module's texts in the current language. Each module brings its own dictionary, so its texts
 * travel in its own chunk instead of the shell's.
 */
export function useMessages<F extends Dictionary>(messages: Messages<F>): { t: Translate<F>; locale: Locale } {
  const { locale } = useLocale();
  return useMemo(() => ({ t: createTranslator(messages, locale), locale }), [messages, locale]);
}

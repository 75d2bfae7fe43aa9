import type { Locale } from "@reskontra/ui";
import { useMessages } from "../i18n/locale";
import { createTranslator, type ParamsOf } from "@reskontra/i18n";
import { reminderMessages, type ReminderMessageKey, type ReminderMessages } from "./messages";

export type ReminderTextKey = ReminderMessageKey;

const translators = { fi: createTranslator(reminderMessages, "fi"), en: createTranslator(reminderMessages, "en") };

/** A reminders text in `locale` with its {params} filled; outside React for pure helpers and their tests. */
export function reminderText<K extends ReminderMessageKey>(
  locale: Locale,
  key: K,
  ...params: ParamsOf<ReminderMessages, K>
): string {
  return translators[locale](key, ...params);
}

/** `rt(key, params)` in the current language, and the locale for formatting. */
export function useReminderText() {
  const { t, locale } = useMessages(reminderMessages);
  return { locale, rt: t };
}

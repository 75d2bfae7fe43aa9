import { useMessages } from "../../i18n/locale";
import { reportMessages } from "./messages";

export { formatFigure } from "../../charts/format-figure";

/** `rt(key)` in the current language, and the locale for formatting. */
export function useReportText() {
  const { t, locale } = useMessages(reportMessages);
  return { locale, rt: t };
}

/** Business minutes as hours with one decimal, the way the report shows times. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

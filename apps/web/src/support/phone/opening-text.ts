import { addDays, isoWeekday, minuteOfDayText, toHelsinkiWallClock } from "@reskontra/domain";
import type { Locale } from "@reskontra/ui";
import { createTranslator } from "@reskontra/i18n";
import { phoneMessages } from "./messages";

const translators = { fi: createTranslator(phoneMessages, "fi"), en: createTranslator(phoneMessages, "en") };

type LineTimes = { open: boolean; closesAt: Date | null; nextOpening: Date };

/** A time of day on the Helsinki clock, "8.00". */
export function helsinkiTime(instant: Date): string {
  return minuteOfDayText(toHelsinkiWallClock(instant.getTime()).minuteOfDay);
}

/**
 * "Open now, until 16.00" or when the line opens next: "today at 10.00", "tomorrow at 8.00", or
 * "Mon 28.12. at 8.00" (the weekday and date, for a weekend or holidays in between).
 */
export function lineStatusText(line: LineTimes, now: Date, locale: Locale): string {
  const t = translators[locale];
  if (line.open && line.closesAt) return t("lines.openNow", { close: helsinkiTime(line.closesAt) });
  const today = toHelsinkiWallClock(now.getTime()).date;
  const { date } = toHelsinkiWallClock(line.nextOpening.getTime());
  const weekday = String(isoWeekday(date)) as "1" | "2" | "3" | "4" | "5" | "6" | "7";
  const [, month = "", day = ""] = date.split("-");
  const day0 =
    date === today
      ? t("day.today")
      : date === addDays(today, 1)
        ? t("day.tomorrow")
        : locale === "fi"
          ? `${t(`day.${weekday}`)} ${Number(day)}.${Number(month)}.`
          : `${t(`day.${weekday}`)} ${Number(day)}/${Number(month)}`;
  return t("lines.opens", { day: day0, time: helsinkiTime(line.nextOpening) });
}

import { formatDate, type Locale } from "@reskontra/ui";
import type { DryRunItem } from "./api-types";
import { reminderText } from "./texts";

/**
 * A dry-run row's outcome in words. The api gives the earliest day as "YYYY-MM-DD"; the user
 * reads it as every other date on the screen (29.11.2026), never in the wire format.
 */
export function outcomeText(locale: Locale, item: Pick<DryRunItem, "outcome" | "sequence" | "earliestDate">): string {
  const date = item.earliestDate ? formatDate(item.earliestDate, locale) : "";
  return reminderText(locale, `outcome.${item.outcome}`, { n: item.sequence ?? "", date });
}

import { daysBetween, isIsoDate, isPeriod, VOUCHER_EVENT_STATES } from "@reskontra/domain";
import { z } from "zod";
import { plainDate } from "../shared/plain-date";
import { period } from "./inputs";

// The read side of the voucher screens: searches and chart figures. A period is at most a year, so
// a search stays an index range and a chart stays readable.

/** The longest from–to span an event search takes, in days (a leap year's days, both ends included). */
export const MAX_EVENT_SEARCH_DAYS = 366;
/** The most months a settlement chart spans. */
export const MAX_CHART_MONTHS = 24;

export const organizerEventsInput = z
  .object({
    state: z.enum(VOUCHER_EVENT_STATES).optional(),
    clientId: z.uuid().optional(),
    serviceId: z.uuid().optional(),
    from: plainDate.optional(),
    to: plainDate.optional(),
  })
  .superRefine((q, issue) => {
    // A date refused above is already named at its field; the range is checked only between two real dates.
    if (q.from === undefined || q.to === undefined || !isIsoDate(q.from) || !isIsoDate(q.to)) return;
    if (q.from > q.to) {
      issue.addIssue({ code: "custom", message: "DATE_RANGE_INVALID", path: ["to"] });
    } else if (daysBetween(q.from, q.to) + 1 > MAX_EVENT_SEARCH_DAYS) {
      issue.addIssue({ code: "custom", message: "DATE_RANGE_TOO_LONG", path: ["to"] });
    }
  });

const monthsIn = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

export const settlementTotalsInput = z.object({ from: period, to: period }).superRefine((q, issue) => {
  if (!isPeriod(q.from) || !isPeriod(q.to)) return;
  if (q.from > q.to) issue.addIssue({ code: "custom", message: "DATE_RANGE_INVALID", path: ["to"] });
  else if (monthsIn(q.from, q.to) > MAX_CHART_MONTHS) {
    issue.addIssue({ code: "custom", message: "PERIOD_RANGE_TOO_LONG", path: ["to"] });
  }
});

export const voucherUsageInput = z.object({ serviceId: z.uuid().optional() });

import { addDays, compareIsoDates, daysBetween, isIsoDate } from "../shared/dates";
import type { IsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { divideRoundHalfUp } from "../shared/money";
import { REMINDER_LEGAL_LIMITS } from "./legal-limits";
import type { CustomerKind } from "./legal-limits";
import { REFERENCE_RATES } from "./reference-rates";
import type { ReferenceRatePeriod } from "./reference-rates";
import type { Cents } from "../shared/money";

export type LateInterestInput = {
  principalCents: number;
  /** The due date: interest runs from the next day. */
  from: IsoDate;
  /** The last day interest is counted for (e.g. the payment or reminder date). */
  to: IsoDate;
  customerKind: CustomerKind;
  rates?: readonly ReferenceRatePeriod[];
};

/**
 * Penalty interest (Interest Act 4 § / 4 a §): reference rate of each day's
 * half-year + 7 (consumer) or 8 (business) points, actual days / 365, summed
 * exactly and rounded half up once at the end.
 */
export function lateInterestCents(input: LateInterestInput): Cents {
  const { principalCents, from, to, customerKind } = input;
  const rates = input.rates ?? REFERENCE_RATES;
  if (!Number.isSafeInteger(principalCents) || principalCents < 0) {
    throw new DomainError("AMOUNT_INVALID", { field: "principalCents" });
  }
  if (!isIsoDate(from)) throw new DomainError("DATE_INVALID", { field: "from" });
  if (!isIsoDate(to)) throw new DomainError("DATE_INVALID", { field: "to" });
  const limits = REMINDER_LEGAL_LIMITS[customerKind];
  if (!limits) throw new DomainError("REMINDER_CUSTOMER_KIND_INVALID", { field: "customerKind" });
  if (compareIsoDates(to, from) <= 0 || principalCents === 0) return 0 as Cents;

  // Sum of (rate in bp × days) over the periods the interval crosses.
  let bpDays = 0n;
  let day = addDays(from, 1);
  while (compareIsoDates(day, to) <= 0) {
    const current = day;
    const period = rates.find((r) => compareIsoDates(r.from, current) <= 0 && compareIsoDates(current, r.to) <= 0);
    if (!period) throw new DomainError("REFERENCE_RATE_MISSING", { field: "rates", params: { date: current } });
    const last = compareIsoDates(period.to, to) < 0 ? period.to : to;
    const days = daysBetween(current, last) + 1;
    bpDays += BigInt(period.rateBp + limits.interestMarginBp) * BigInt(days);
    day = addDays(last, 1);
  }
  return Number(divideRoundHalfUp(BigInt(principalCents) * bpDays, 10_000n * 365n)) as Cents;
}

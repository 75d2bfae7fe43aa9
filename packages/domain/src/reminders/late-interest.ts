import { addDays, compareIsoDates, daysBetween, isIsoDate } from "../shared/dates";
import type { IsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { divideRoundHalfUp } from "../shared/money";
import { REMINDER_LEGAL_LIMITS } from "./legal-limits";
import type { CustomerKind } from "./legal-limits";
import { halfYearOf, rateOn } from "./reference-rates";
import type { HalfYearSpan, ReferenceRatePeriod } from "./reference-rates";
import type { Cents } from "../shared/money";

export type LateInterestInput = {
  principalCents: number;
  /** The due date: interest runs from the next day. */
  from: IsoDate;
  /** The last day interest is counted for (e.g. the payment or reminder date). */
  to: IsoDate;
  customerKind: CustomerKind;
  /** The reference rates by half-year (the `reference_rates` table); the rule reads no data of its own. */
  rates: readonly ReferenceRatePeriod[];
};

/** One half-year's share of the interest: its days, its own rate (reference + margin) and its cents. */
export type InterestPeriod = { from: IsoDate; to: IsoDate; days: number; referenceRateBp: number; rateBp: number; cents: number };

export type LateInterest =
  | { ok: true; cents: number; days: number; periods: InterestPeriod[] }
  /** Half-years the span crosses whose reference rate is not in the data. */
  | { ok: false; code: "REFERENCE_RATE_MISSING"; missing: HalfYearSpan[] };

function checkInput(input: LateInterestInput): void {
  if (!Number.isSafeInteger(input.principalCents) || input.principalCents < 0) {
    throw new DomainError("AMOUNT_INVALID", { field: "principalCents" });
  }
  if (!isIsoDate(input.from)) throw new DomainError("DATE_INVALID", { field: "from" });
  if (!isIsoDate(input.to)) throw new DomainError("DATE_INVALID", { field: "to" });
  if (!REMINDER_LEGAL_LIMITS[input.customerKind]) {
    throw new DomainError("REMINDER_CUSTOMER_KIND_INVALID", { field: "customerKind" });
  }
}

/**
 * Penalty interest (Interest Act 4 § / 4 a § and 12 §) split by half-year: each half-year's days
 * bear that half-year's reference rate + 7 (consumer) or 8 (business) points, actual days / 365.
 *
 * Rounding: the total is the exact sum over all days, rounded half up once at the end, so a split
 * never changes it. Each period's cents are its exact share rounded down, and the cents the
 * rounding left over go one by one to the periods with the largest remainders (earliest first on a
 * tie): the printed periods always add up to the printed total.
 */
export function lateInterest(input: LateInterestInput): LateInterest {
  checkInput(input);
  const { principalCents, from, to, customerKind, rates } = input;
  if (compareIsoDates(to, from) <= 0 || principalCents === 0) return { ok: true, cents: 0, days: 0, periods: [] };
  const margin = REMINDER_LEGAL_LIMITS[customerKind].interestMarginBp;

  const spans: { from: IsoDate; to: IsoDate; days: number; rate: ReferenceRatePeriod | undefined; half: HalfYearSpan }[] = [];
  let day = addDays(from, 1);
  while (compareIsoDates(day, to) <= 0) {
    const half = halfYearOf(day);
    const last = compareIsoDates(half.to, to) < 0 ? half.to : to;
    spans.push({ from: day, to: last, days: daysBetween(day, last) + 1, rate: rateOn(rates, day), half });
    day = addDays(last, 1);
  }
  const missing = spans.flatMap((s) => (s.rate ? [] : [s.half]));
  if (missing.length > 0) return { ok: false, code: "REFERENCE_RATE_MISSING", missing };

  const denominator = 10_000n * 365n;
  const exact = spans.map((s) => BigInt(principalCents) * BigInt((s.rate?.rateBp ?? 0) + margin) * BigInt(s.days));
  const total = divideRoundHalfUp(
    exact.reduce((a, b) => a + b, 0n),
    denominator,
  );
  const floors = exact.map((e) => e / denominator);
  let left = total - floors.reduce((a, b) => a + b, 0n);
  const byRemainder = exact
    .map((e, i) => ({ i, rest: e % denominator }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  const cents = [...floors];
  for (const { i } of byRemainder) {
    if (left <= 0n) break;
    cents[i] = (cents[i] ?? 0n) + 1n;
    left -= 1n;
  }
  const periods = spans.map((s, i) => ({
    from: s.from,
    to: s.to,
    days: s.days,
    referenceRateBp: s.rate?.rateBp ?? 0,
    rateBp: (s.rate?.rateBp ?? 0) + margin,
    cents: Number(cents[i] ?? 0n),
  }));
  return { ok: true, cents: Number(total), days: daysBetween(from, to), periods };
}

/** The total only; throws REFERENCE_RATE_MISSING (with the first day without a rate) where `lateInterest` reports it. */
export function lateInterestCents(input: LateInterestInput): Cents {
  const result = lateInterest(input);
  if (!result.ok) {
    const first = result.missing[0];
    const date = first && compareIsoDates(first.from, addDays(input.from, 1)) < 0 ? addDays(input.from, 1) : first?.from;
    throw new DomainError("REFERENCE_RATE_MISSING", { field: "rates", params: { date: date ?? input.from } });
  }
  return result.cents as Cents;
}

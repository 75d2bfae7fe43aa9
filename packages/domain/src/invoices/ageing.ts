import { daysBetween, type IsoDate } from "../shared/dates";

/** The ageing buckets of open receivables, youngest first: the order of the totals and of the chart. */
export const AGEING_BUCKETS = ["not_due", "d1_30", "d31_60", "d61_90", "over_90"] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/**
 * The last day overdue each bucket holds (`over_90` has no end). One list, so the set-based SQL
 * (`CASE WHEN days <= 0 …`) and this rule cannot drift apart: the api builds its CASE from it.
 */
export const AGEING_BUCKET_LAST_DAY: ReadonlyArray<readonly [AgeingBucket, number]> = [
  ["not_due", 0],
  ["d1_30", 30],
  ["d31_60", 60],
  ["d61_90", 90],
];

/** Calendar days past the due date on the business date `today`; 0 on the due date and before it. */
export function daysOverdue(dueDate: IsoDate, today: IsoDate): number {
  return Math.max(0, daysBetween(dueDate, today));
}

/** The bucket for a number of days overdue (0 or less: not yet due). */
export function ageingBucket(days: number): AgeingBucket {
  for (const [bucket, lastDay] of AGEING_BUCKET_LAST_DAY) if (days <= lastDay) return bucket;
  return "over_90";
}

export function isAgeingBucket(value: unknown): value is AgeingBucket {
  return (AGEING_BUCKETS as readonly unknown[]).includes(value);
}

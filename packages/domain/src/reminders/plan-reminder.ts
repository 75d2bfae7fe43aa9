import type { IsoDate } from "../shared/dates";
import { lateInterest, type InterestPeriod } from "./late-interest";
import { BUSINESS_FIXED_COMPENSATION_CENTS } from "./legal-limits";
import type { HalfYearSpan, ReferenceRatePeriod } from "./reference-rates";
import { isReminderDue, type SentReminder } from "./reminder-due";
import type { ReminderChannel, ReminderRule } from "./reminder-rule";

export type SkipReason = "below_minimum" | "too_early" | "interval" | "count_reached" | "blocked" | "paid" | "rate_missing";

/**
 * What the run does with a reminder whose late interest needs a reference rate not yet entered:
 * hold it until the rate is there (the default), or send it without interest and flag it. Never
 * silently without interest.
 */
export const MISSING_RATE_POLICIES = ["hold", "send_flagged"] as const;
export type MissingRatePolicy = (typeof MISSING_RATE_POLICIES)[number];

export interface ReminderBuyer {
  email: string | null;
  einvoiceAddress: string | null;
  einvoiceOperator: string | null;
}

export interface PlanInput {
  invoice: { dueDate: IsoDate; sentDate: IsoDate | null; openCents: number };
  rule: ReminderRule;
  history: readonly SentReminder[];
  buyer: ReminderBuyer;
  today: IsoDate;
  /** The rule claims the fixed 40 € compensation (business rules only). */
  claimCompensation: boolean;
  /** An earlier reminder of the invoice already claimed it: the law allows it once per invoice. */
  compensationClaimed: boolean;
  /** The reference rates by half-year, as the platform administrator keeps them. */
  rates: readonly ReferenceRatePeriod[];
  /** The company's choice when a rate is missing. */
  onMissingRate: MissingRatePolicy;
}

export type ReminderPlan =
  | {
      ok: true;
      sequence: number;
      feeCents: number;
      interestCents: number;
      interestRateBp: number | null;
      /** The interest by half-year; empty when there is none. */
      interestPeriods: InterestPeriod[];
      /** Half-years whose rate was missing (sent without interest and flagged); empty when none. */
      interestMissing: HalfYearSpan[];
      compensationCents: number;
      channel: ReminderChannel;
      newDueDate: IsoDate;
    }
  | { ok: false; reason: SkipReason; earliestDate: IsoDate | null; interestMissing?: HalfYearSpan[] };

const REASONS: Record<string, SkipReason> = {
  REMINDER_NOTHING_OPEN: "paid",
  REMINDER_BELOW_MINIMUM: "below_minimum",
  REMINDER_MAX_COUNT_REACHED: "count_reached",
  REMINDER_NOT_YET_DUE: "too_early",
  REMINDER_INTERVAL_NOT_ELAPSED: "interval",
};

/**
 * The rule's channel when the buyer can receive by it, else the next that reaches them: a rule
 * (e.g. the default business rule "e-invoice") covers customers without an e-invoice address too,
 * and a reminder that arrives serves better than one refused. Post needs only the address every
 * customer has.
 */
export function resolveChannel(preferred: ReminderChannel, buyer: ReminderBuyer): ReminderChannel {
  const canReceive = (c: ReminderChannel) =>
    c === "post" ||
    (c === "email" ? buyer.email !== null && buyer.email !== "" : Boolean(buyer.einvoiceAddress && buyer.einvoiceOperator));
  const order: ReminderChannel[] = [preferred, "einvoice", "email", "post"];
  return order.find(canReceive) ?? "post";
}

export type ReminderInterest = {
  interestCents: number;
  /** The rate of the last period (the reminder date's half-year); null when no interest is charged. */
  interestRateBp: number | null;
  interestPeriods: InterestPeriod[];
  interestMissing: HalfYearSpan[];
};

/**
 * Penalty interest from the due date to the reminder's date, by half-year. A half-year whose
 * reference rate is not in the data gives no interest and names the half-years missing, so the
 * caller holds or flags the reminder: it never goes out silently without interest.
 */
export function reminderInterest(
  kind: ReminderRule["customerKind"],
  principalCents: number,
  dueDate: IsoDate,
  today: IsoDate,
  rates: readonly ReferenceRatePeriod[],
): ReminderInterest {
  const result = lateInterest({ principalCents, from: dueDate, to: today, customerKind: kind, rates });
  if (!result.ok) return { interestCents: 0, interestRateBp: null, interestPeriods: [], interestMissing: result.missing };
  if (result.cents === 0) return { interestCents: 0, interestRateBp: null, interestPeriods: [], interestMissing: [] };
  const last = result.periods[result.periods.length - 1];
  return { interestCents: result.cents, interestRateBp: last?.rateBp ?? null, interestPeriods: result.periods, interestMissing: [] };
}

/**
 * The fixed compensation (Act on payment terms in commercial contracts 10 §): a business debtor
 * owes it once per late invoice, so it rides on the first business reminder that claims it. A
 * consumer never owes it, whatever a rule row says.
 */
export function reminderCompensationCents(input: Pick<PlanInput, "rule" | "claimCompensation" | "compensationClaimed">): number {
  const owed = input.rule.customerKind === "business" && input.claimCompensation && !input.compensationClaimed;
  return owed ? BUSINESS_FIXED_COMPENSATION_CENTS : 0;
}

/** What one invoice's next reminder would be today, by the domain's rules, or why there is none. */
export function planReminder(input: PlanInput): ReminderPlan {
  const due = isReminderDue(
    { dueDate: input.invoice.dueDate, sentDate: input.invoice.sentDate, openAmountCents: input.invoice.openCents },
    input.rule,
    input.history,
    input.today,
  );
  if (!due.ok) {
    const reason = REASONS[due.code];
    if (!reason) throw new Error(`reminder check refused with ${due.code}`);
    const earliest = due.params?.earliestDate;
    return { ok: false, reason, earliestDate: typeof earliest === "string" ? earliest : null };
  }
  const interest = reminderInterest(
    input.rule.customerKind,
    input.invoice.openCents,
    input.invoice.dueDate,
    input.today,
    input.rates,
  );
  if (interest.interestMissing.length > 0 && input.onMissingRate === "hold") {
    return { ok: false, reason: "rate_missing", earliestDate: null, interestMissing: interest.interestMissing };
  }
  return {
    ok: true,
    sequence: due.sequence,
    feeCents: due.feeCents,
    ...interest,
    compensationCents: reminderCompensationCents(input),
    channel: resolveChannel(input.rule.channel, input.buyer),
    newDueDate: due.newDueDate,
  };
}

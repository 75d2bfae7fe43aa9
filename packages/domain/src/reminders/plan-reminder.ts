import type { IsoDate } from "../shared/dates";
import { isDomainError } from "../shared/errors";
import { lateInterestCents } from "./late-interest";
import { BUSINESS_FIXED_COMPENSATION_CENTS, REMINDER_LEGAL_LIMITS } from "./legal-limits";
import { REFERENCE_RATES } from "./reference-rates";
import { isReminderDue, type SentReminder } from "./reminder-due";
import type { ReminderChannel, ReminderRule } from "./reminder-rule";

export type SkipReason = "below_minimum" | "too_early" | "interval" | "count_reached" | "blocked" | "paid";

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
}

export type ReminderPlan =
  | {
      ok: true;
      sequence: number;
      feeCents: number;
      interestCents: number;
      interestRateBp: number | null;
      compensationCents: number;
      channel: ReminderChannel;
      newDueDate: IsoDate;
    }
  | { ok: false; reason: SkipReason; earliestDate: IsoDate | null };

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

/**
 * Penalty interest from the due date to the reminder's date. A half-year whose reference rate is
 * not yet in the data gives no interest line rather than a guessed one.
 */
export function reminderInterest(
  kind: ReminderRule["customerKind"],
  principalCents: number,
  dueDate: IsoDate,
  today: IsoDate,
): { interestCents: number; interestRateBp: number | null } {
  // Checked first because a run meets it for every invoice at once: throwing per invoice is slow.
  const period = REFERENCE_RATES.find((r) => r.from <= today && today <= r.to);
  if (!period) return { interestCents: 0, interestRateBp: null };
  try {
    const interestCents = lateInterestCents({ principalCents, from: dueDate, to: today, customerKind: kind });
    if (interestCents === 0) return { interestCents: 0, interestRateBp: null };
    return { interestCents, interestRateBp: period.rateBp + REMINDER_LEGAL_LIMITS[kind].interestMarginBp };
  } catch (error) {
    if (isDomainError(error) && error.code === "REFERENCE_RATE_MISSING") return { interestCents: 0, interestRateBp: null };
    throw error;
  }
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
  const interest = reminderInterest(input.rule.customerKind, input.invoice.openCents, input.invoice.dueDate, input.today);
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

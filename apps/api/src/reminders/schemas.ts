import { DELIVERY_METHODS, REMINDER_CUSTOMER_KINDS } from "@reskontra/db";
import { z } from "zod";

/**
 * Only the shape is checked here; whether a rule is lawful for its customer kind is the domain's
 * call (validateReminderRule), so the refusal carries the legal reason at the field.
 */
export const ruleInput = z.object({
  name: z.string().trim().min(1).max(100),
  customerKind: z.enum(REMINDER_CUSTOMER_KINDS),
  feeCents: z.number().int().min(0).max(100_000),
  daysAfterDue: z.number().int().min(0).max(365),
  minimumAmountCents: z.number().int().min(0).max(100_000_000),
  channel: z.enum(DELIVERY_METHODS),
  maxCount: z.number().int().min(1).max(12),
  intervalDays: z.number().int().min(1).max(365),
  /** Claim the fixed 40 € compensation once per late invoice; business rules only. */
  claimCompensation: z.boolean().default(false),
});
export type RuleInput = z.infer<typeof ruleInput>;

export const ruleOutput = ruleInput.extend({
  id: z.string(),
  defaultFor: z.enum(REMINDER_CUSTOMER_KINDS).nullable(),
  customerCount: z.number(),
  updatedAt: z.date(),
});

export const statusOutput = z.object({
  active: z.boolean(),
  activatedAt: z.date().nullable(),
  activatedByName: z.string().nullable(),
  confirmedTransactionFeeCents: z.number().nullable(),
  /** The fee the admin is asked to confirm. */
  transactionFeeCents: z.number(),
});

export const placedCustomer = z.object({
  id: z.string(),
  customerNumber: z.string(),
  name: z.string(),
  isPerson: z.boolean(),
  countryCode: z.string(),
  ownerName: z.string(),
  ruleId: z.string().nullable(),
});

export const changeOutput = z.object({
  id: z.number(),
  at: z.date(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const eventOutput = z.object({
  id: z.string(),
  at: z.date(),
  kind: z.string(),
  invoiceId: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  customerName: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
});

export const dryRunItem = z.object({
  invoiceId: z.string(),
  invoiceNumber: z.string().nullable(),
  customerName: z.string(),
  dueDate: z.string(),
  openCents: z.number(),
  ruleId: z.string().nullable(),
  ruleName: z.string().nullable(),
  /** "send" or why not: below_minimum, too_early, interval, count_reached, blocked, paid. */
  outcome: z.enum(["send", "below_minimum", "too_early", "interval", "count_reached", "blocked", "paid"]),
  sequence: z.number().nullable(),
  feeCents: z.number().nullable(),
  interestCents: z.number().nullable(),
  /** The fixed 40 € compensation the reminder would claim (0 when none). */
  compensationCents: z.number().nullable(),
  channel: z.enum(DELIVERY_METHODS).nullable(),
  newDueDate: z.string().nullable(),
  /** For skips that are only a matter of time. */
  earliestDate: z.string().nullable(),
});
export type DryRunItem = z.infer<typeof dryRunItem>;

export const monthlyOutput = z.object({
  month: z.string(),
  sentCount: z.number(),
  feeCents: z.number(),
  interestCents: z.number(),
  transactionFeeCents: z.number(),
});

import { DELIVERY_METHODS, REMINDER_CUSTOMER_KINDS } from "@reskontra/db";
import { MISSING_RATE_POLICIES } from "@reskontra/domain";
import { z } from "zod";
import { ruleInput } from "@reskontra/contracts/reminders";

const cents = z.number().int();

const interestPeriodOutput = z.object({
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  referenceRateBp: z.number().int(),
  rateBp: z.number().int(),
  cents,
});

const halfYearOutput = z.object({
  year: z.number().int(),
  half: z.union([z.literal(1), z.literal(2)]),
  from: z.string(),
  to: z.string(),
});

export const referenceRatesOutput = z.object({
  rates: z.array(
    halfYearOutput.extend({
      rateBp: z.number().int(),
      source: z.string(),
      updatedAt: z.date(),
      /** Null for the rates the product shipped with. */
      updatedByName: z.string().nullable(),
    }),
  ),
  /** The current and the next half-year when their rate is not yet entered. */
  missing: z.array(halfYearOutput),
});

export const upsertReferenceRateOutput = halfYearOutput.extend({ created: z.boolean() });

export const ruleOutput = ruleInput.extend({
  id: z.string(),
  defaultFor: z.enum(REMINDER_CUSTOMER_KINDS).nullable(),
  customerCount: z.number().int(),
  updatedAt: z.date(),
});

export const statusOutput = z.object({
  active: z.boolean(),
  activatedAt: z.date().nullable(),
  activatedByName: z.string().nullable(),
  confirmedTransactionFeeCents: cents.nullable(),
  /** The fee the admin is asked to confirm. */
  transactionFeeCents: cents,
  /** When a reference rate is missing: hold the reminder, or send it without interest and flagged. */
  onMissingRate: z.enum(MISSING_RATE_POLICIES).nullable(),
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
  id: z.number().int(),
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
  openCents: cents,
  ruleId: z.string().nullable(),
  ruleName: z.string().nullable(),
  /** "send" or why not: below_minimum, too_early, interval, count_reached, blocked, paid. */
  outcome: z.enum(["send", "below_minimum", "too_early", "interval", "count_reached", "blocked", "paid", "rate_missing"]),
  sequence: z.number().int().nullable(),
  feeCents: cents.nullable(),
  interestCents: cents.nullable(),
  /** The fixed 40 € compensation the reminder would claim (0 when none). */
  compensationCents: cents.nullable(),
  channel: z.enum(DELIVERY_METHODS).nullable(),
  newDueDate: z.string().nullable(),
  /** For skips that are only a matter of time. */
  earliestDate: z.string().nullable(),
  /** The late interest by half-year, each with its own rate. */
  interestPeriods: z.array(interestPeriodOutput),
  /** Half-years whose reference rate is missing ("1.7.–31.12.2026"). */
  interestMissing: z.array(z.string()),
});
export type DryRunItem = z.infer<typeof dryRunItem>;

export const monthlyOutput = z.object({
  month: z.string(),
  sentCount: z.number().int(),
  feeCents: cents,
  interestCents: cents,
  transactionFeeCents: cents,
});

export const activateOutput = z.object({ placed: z.number().int(), blocked: z.number().int() });
export const deleteRuleOutput = z.object({ movedCustomers: z.number().int() });
export const moveOutput = z.object({ moved: z.number().int() });
export const runNowOutput = z.object({ queued: z.boolean() });

/** Before activation: the default rules activation would create and where each customer would go. */
export const activationPreviewOutput = z.object({
  transactionFeeCents: cents,
  rules: z.array(ruleInput),
  customers: z.array(
    placedCustomer.omit({ ruleId: true }).extend({ placement: z.enum([...REMINDER_CUSTOMER_KINDS, "blocked"]) }),
  ),
  counts: z.object({ consumer: z.number().int(), business: z.number().int(), blocked: z.number().int() }),
});

export const lastRunOutput = z
  .object({
    requestedAt: z.date(),
    requestedByName: z.string().nullable(),
    created: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    uncertain: z.number().int(),
  })
  .nullable();

export const monthChartOutput = z.object({
  month: z.string(),
  sentCount: z.number().int(),
  feeCents: cents,
  transactionFeeCents: cents,
});

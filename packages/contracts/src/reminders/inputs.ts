import { CUSTOMER_KINDS, DELIVERY_METHODS, MISSING_RATE_POLICIES, validateReferenceRate } from "@reskontra/domain";
import { z } from "zod";
import { plainString } from "../shared/plain-string";

/**
 * Only the shape is checked here; whether a rule is lawful for its customer kind is the domain's
 * call (validateReminderRule), so the refusal carries the legal reason at the field.
 */
export const ruleInput = z.object({
  name: plainString().trim().min(1).max(100),
  customerKind: z.enum(CUSTOMER_KINDS),
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

/**
 * A half-year's reference rate as a platform administrator enters it: rate in basis points
 * (hundredths of a percent, 2,5 % = 250). The domain's check runs here too, so the form and the
 * procedure refuse an absurd rate in the same plain words, at the same field.
 */
export const referenceRateInput = z
  .object({
    year: z.number().int(),
    half: z.number().int(),
    rateBp: z.number(),
    source: plainString().max(2000),
  })
  .superRefine((value, ctx) => {
    const verdict = validateReferenceRate(value);
    if (!verdict.ok) ctx.addIssue({ code: "custom", message: verdict.code, path: [verdict.field ?? "rateBp"] });
  });
export type ReferenceRateInput = z.infer<typeof referenceRateInput>;

/** A company's choice when a reminder's interest needs a reference rate not yet entered. */
export const missingRatePolicyInput = z.object({ onMissingRate: z.enum(MISSING_RATE_POLICIES) });

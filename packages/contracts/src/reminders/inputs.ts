import { CUSTOMER_KINDS, DELIVERY_METHODS } from "@reskontra/domain";
import { z } from "zod";

/**
 * Only the shape is checked here; whether a rule is lawful for its customer kind is the domain's
 * call (validateReminderRule), so the refusal carries the legal reason at the field.
 */
export const ruleInput = z.object({
  name: z.string().trim().min(1).max(100),
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

import { CUSTOMER_LANGUAGES, DELIVERY_METHODS, isValidReference, type CustomerLanguage } from "@reskontra/domain";
import { z } from "zod";
import { plainDate } from "../shared/plain-date";

export const centsSchema = z.number().int().min(-100_000_000_00).max(100_000_000_00);

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const customerInput = z.object({
  customerNumber: trimmed(30),
  name: trimmed(200),
  isPerson: z.boolean(),
  // Checked in the use case (checkCustomer), not by a zod refine: the error formatter replaces a
  // refine's own text with the locale's generic "invalid input", which tells the user nothing.
  businessId: optionalText(20),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .default("FI"),
  street: trimmed(200),
  postalCode: trimmed(20),
  city: trimmed(100),
  email: z
    .email()
    .max(254)
    .nullish()
    .transform((v) => v ?? null),
  einvoiceAddress: optionalText(35),
  einvoiceOperator: optionalText(35),
  /** Payment-reminder rule: omitted → the default placement (new) or unchanged (update); null → blocked. */
  reminderRuleId: z.uuid().nullable().optional(),
  /** The language reminders (and invoices) are written to the customer in: omitted → Finnish (new) or unchanged (update). */
  // A custom check so the refusal is the plain sentence of its code, not zod's list of codes.
  language: z
    .custom<CustomerLanguage>((v) => (CUSTOMER_LANGUAGES as readonly unknown[]).includes(v), {
      message: "CUSTOMER_LANGUAGE_INVALID",
    })
    .optional(),
});
export type CustomerInput = z.infer<typeof customerInput>;

export const invoiceRowInput = z.object({
  description: trimmed(500),
  quantity: z.number().min(-1_000_000).max(1_000_000),
  unit: optionalText(20),
  unitPriceCents: centsSchema,
  vatRatePercent: z.number().min(0).max(100),
});

export const invoiceDraftInput = z.object({
  customerId: z.uuid(),
  issueDate: plainDate,
  deliveryDate: plainDate.nullish().transform((v) => v ?? null),
  paymentTermsDays: z.number().int().min(0).max(365).default(14),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  notes: optionalText(2000),
  rows: z.array(invoiceRowInput).min(1).max(200),
});
export type InvoiceDraftInput = z.infer<typeof invoiceDraftInput>;

export const referenceSchema = z.string().refine(isValidReference, { message: "REFERENCE_INVALID" });

export const recordPaymentInput = z.object({ invoiceId: z.uuid(), amountCents: z.number().int().positive(), paidOn: plainDate });

export const returnForCorrectionInput = z.object({ invoiceId: z.uuid(), message: z.string().trim().min(1).max(4000) });

export const createCreditNoteInput = z.object({ invoiceId: z.uuid(), reason: z.string().trim().min(1).max(1000) });

export const addMessageInput = z.object({ invoiceId: z.uuid(), body: z.string().trim().min(1).max(4000) });

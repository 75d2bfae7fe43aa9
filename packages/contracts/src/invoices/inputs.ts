import {
  AGEING_BUCKETS,
  checkInvoiceAmounts,
  CUSTOMER_LANGUAGES,
  countryCodeForName,
  DELIVERY_METHODS,
  INVOICE_AMOUNT_MAX_CENTS,
  isCountryCode,
  isDomainError,
  isValidReference,
  type CustomerLanguage,
} from "@reskontra/domain";
import { z } from "zod";
import { freeText, optionalFreeText } from "../shared/free-text";
import { plainDate } from "../shared/plain-date";
import { plainString } from "../shared/plain-string";

/** An amount on an invoice, in cents: at most 999 999 999,99 € either way, what the EPC QR code can carry. */
export const centsSchema = z
  .number()
  .int()
  .refine((cents) => Math.abs(cents) <= INVOICE_AMOUNT_MAX_CENTS, { message: "INVOICE_AMOUNT_TOO_LARGE" });

/** ISO 3166-1 alpha-2, in capitals; a country typed by its name is answered with its code. */
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1)
  .superRefine((code, ctx) => {
    if (code === "" || isCountryCode(code)) return;
    const named = countryCodeForName(code);
    ctx.addIssue(
      named
        ? { code: "custom", message: "COUNTRY_CODE_IS_NAME", params: { name: code, code: named } }
        : { code: "custom", message: "COUNTRY_CODE_UNKNOWN", params: { code } },
    );
  })
  .default("FI");

const FINNISH_POSTAL_CODE = /^\d{5}$/;

export const customerInput = z
  .object({
    customerNumber: freeText(30),
    name: freeText(200),
    isPerson: z.boolean(),
    // Checked in the use case (checkCustomer): the business ID's rules need the customer's kind and country.
    businessId: optionalFreeText(20),
    countryCode,
    street: freeText(200),
    postalCode: freeText(20),
    city: freeText(100),
    email: z
      .email()
      .max(254)
      .nullish()
      .transform((v) => v ?? null),
    einvoiceAddress: optionalFreeText(35),
    einvoiceOperator: optionalFreeText(35),
    /** Payment-reminder rule: omitted → the default placement (new) or unchanged (update); null → blocked. */
    reminderRuleId: z.uuid().nullable().optional(),
    /** The language reminders (and invoices) are written to the customer in: omitted → Finnish (new) or unchanged (update). */
    // A custom check so the refusal is the plain sentence of its code, not zod's list of codes.
    language: z
      .custom<CustomerLanguage>((v) => (CUSTOMER_LANGUAGES as readonly unknown[]).includes(v), {
        message: "CUSTOMER_LANGUAGE_INVALID",
      })
      .optional(),
  })
  .superRefine((customer, ctx) => {
    if (customer.countryCode === "FI" && !FINNISH_POSTAL_CODE.test(customer.postalCode)) {
      ctx.addIssue({ code: "custom", message: "POSTAL_CODE_FI_INVALID", path: ["postalCode"] });
    }
  });
export type CustomerInput = z.infer<typeof customerInput>;

export const invoiceRowInput = z.object({
  description: freeText(500),
  quantity: z.number().min(-1_000_000).max(1_000_000),
  unit: optionalFreeText(20),
  unitPriceCents: centsSchema,
  vatRatePercent: z.number().min(0).max(100),
});

export const invoiceDraftInput = z
  .object({
    customerId: z.uuid(),
    issueDate: plainDate,
    deliveryDate: plainDate.nullish().transform((v) => v ?? null),
    paymentTermsDays: z.number().int().min(0).max(365).default(14),
    deliveryMethod: z.enum(DELIVERY_METHODS),
    notes: optionalFreeText(2000),
    rows: z.array(invoiceRowInput).min(1).max(200),
  })
  // The amounts as the invoice will carry them: no row or total over the maximum, no negative total.
  // The dates need today's date, which the use case has and the schema has not.
  .superRefine((input, ctx) => {
    const refusal = amountRefusal(input.rows);
    if (!refusal) return;
    const path = (refusal.field ?? "rows").split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    ctx.addIssue({ code: "custom", message: refusal.code, path, ...(refusal.params ? { params: refusal.params } : {}) });
  });
export type InvoiceDraftInput = z.infer<typeof invoiceDraftInput>;

function amountRefusal(rows: z.infer<typeof invoiceRowInput>[]) {
  try {
    return checkInvoiceAmounts(rows);
  } catch (error) {
    // A quantity or VAT rate with too many decimals: its own refusal names that row's field.
    if (isDomainError(error)) return null;
    throw error;
  }
}

export const referenceSchema = z.string().refine(isValidReference, { message: "REFERENCE_INVALID" });

export const recordPaymentInput = z.object({ invoiceId: z.uuid(), amountCents: z.number().int().positive(), paidOn: plainDate });

export const returnForCorrectionInput = z.object({ invoiceId: z.uuid(), message: freeText(4000) });

export const createCreditNoteInput = z.object({ invoiceId: z.uuid(), reason: freeText(1000) });

export const addMessageInput = z.object({ invoiceId: z.uuid(), body: freeText(4000) });

/** Filters of the open receivables' ageing: each optional; the totals per bucket ignore the bucket filter. */
export const receivablesAgeingInput = z
  .object({
    bucket: z.enum(AGEING_BUCKETS).optional(),
    /** Part of the customer's name, any case. */
    customer: plainString().trim().max(200).optional(),
    deliveryMethod: z.enum(DELIVERY_METHODS).optional(),
  })
  .default({});
export type ReceivablesAgeingInput = z.infer<typeof receivablesAgeingInput>;

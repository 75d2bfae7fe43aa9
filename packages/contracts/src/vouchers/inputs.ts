import { isPeriod, PURCHASING_POWER_KINDS, type PurchasingPowerKind } from "@reskontra/domain";
import { z } from "zod";
import { plainDate } from "../shared/plain-date";
import { plainString } from "../shared/plain-string";

// Every refusal here is a code with plain fi/en words in the domain's messages: a person never
// reads a pattern, a format name or the unit (cents) the api counts in.
export const period = z.string().refine((v) => isPeriod(v), { message: "PERIOD_INVALID" });
const isoInstant = z.iso.datetime({ offset: true });
const instant = z
  .string()
  .refine((v) => isoInstant.safeParse(v).success, { message: "TIME_INVALID" })
  .transform((v) => new Date(v));
const text = (max: number) =>
  plainString()
    .trim()
    .refine((v) => v.length > 0, { message: "FIELD_REQUIRED" })
    .pipe(z.string().max(max));
/** A count of units or a quantity: more than zero, at most `max` (the code names the limit in words). */
const positiveCount = (max: number, tooLarge: string) =>
  z
    .number()
    .refine((v) => v > 0, { message: "UNITS_NOT_POSITIVE" })
    .refine((v) => v <= max, { message: tooLarge });
/** Euro amounts in cents, at most `max`; the form takes euros, so the limit is said in euros. */
const cents = (max: number, tooLarge: string, positive = false) =>
  z
    .number()
    .int({ message: "AMOUNT_INVALID" })
    .refine((v) => (positive ? v > 0 : v >= 0), { message: positive ? "AMOUNT_NOT_POSITIVE" : "AMOUNT_NEGATIVE" })
    .refine((v) => v <= max, { message: tooLarge });

export const eventFieldsInput = z.object({
  startsAt: instant,
  endsAt: instant,
  content: text(500),
  units: positiveCount(10_000, "UNITS_TOO_LARGE"),
  unitPriceCents: cents(10_000_000, "UNIT_PRICE_TOO_LARGE").optional(),
});

export const recordEventInput = eventFieldsInput.extend({
  clientId: z.uuid(),
  purchasingPowerId: z.uuid(),
  bookingId: z.uuid().optional(),
});

export const coPaymentQueryInput = z
  .object({ clientId: z.uuid(), serviceId: z.uuid(), from: plainDate, to: plainDate })
  .refine((q) => q.from <= q.to, { message: "DATE_RANGE_INVALID", path: ["to"] });

export const reportErrorInput = z.object({ eventId: z.uuid(), message: plainString().trim().min(10).max(4000) });

export const creditInput = z.object({
  eventId: z.uuid(),
  reasonCode: plainString().trim().max(30),
  explanation: plainString().trim().max(4000),
  amountCents: cents(10_000_000, "AMOUNT_TOO_LARGE", true).optional(),
});

export const createClientInput = z.object({
  name: text(200),
  hetu: plainString()
    .trim()
    .refine((v) => v.length === 11, { message: "HETU_FORMAT_INVALID" }),
  street: plainString().trim().max(200).nullish(),
  postalCode: plainString().trim().max(20).nullish(),
  city: plainString().trim().max(100).nullish(),
  email: z
    .string()
    .trim()
    .refine((v) => z.email().safeParse(v).success, { message: "EMAIL_INVALID" })
    .nullish(),
});

const VOUCHER_NUMBER = /^[A-Z0-9-]{3,30}$/i;

export const grantPowerInput = z.object({
  clientId: z.uuid(),
  serviceId: z.uuid(),
  providerId: z.uuid().nullish(),
  voucherNumber: z
    .string()
    .trim()
    .refine((v) => VOUCHER_NUMBER.test(v), { message: "VOUCHER_NUMBER_INVALID" }),
  kind: z.custom<PurchasingPowerKind>((v) => (PURCHASING_POWER_KINDS as readonly unknown[]).includes(v), {
    message: "VOUCHER_KIND_INVALID",
  }),
  unitValueCents: cents(10_000_000, "UNIT_PRICE_TOO_LARGE"),
  quantity: positiveCount(100_000, "QUANTITY_TOO_LARGE").optional(),
  balanceCents: cents(100_000_000, "BALANCE_TOO_LARGE", true).optional(),
  validFrom: plainDate,
  validTo: plainDate,
});

export const grantRightInput = z.object({
  clientId: z.uuid(),
  serviceId: z.uuid(),
  providerId: z.uuid(),
  teamName: text(200),
  validFrom: plainDate,
  validTo: plainDate.nullish(),
});

export const createBookingInput = z.object({
  clientId: z.uuid(),
  purchasingPowerId: z.uuid(),
  providerId: z.uuid(),
  startsAt: instant,
  endsAt: instant,
  content: text(500),
});

const CREDIT_REASON_CODE = /^[A-Z0-9_-]{1,30}$/i;

export const settingsInput = z.object({
  settlementDay: z.number().int().min(4).max(8),
  autoApprove: z.boolean(),
  creditReasons: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .refine((v) => CREDIT_REASON_CODE.test(v), { message: "CREDIT_REASON_CODE_INVALID" }),
        labelFi: text(200),
        labelEn: text(200),
      }),
    )
    .max(50)
    .optional(),
});

export const rejectEventInput = z.object({ eventId: z.uuid(), reason: text(2000) });

export const settlementPaymentInput = z.object({ lineId: z.uuid(), paidOn: plainDate });

import { z } from "zod";
import { plainDate } from "../shared/plain-date";

export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "YYYY-MM" });
const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const text = (max: number) => z.string().trim().min(1).max(max);

export const eventFieldsInput = z.object({
  startsAt: instant,
  endsAt: instant,
  content: text(500),
  units: z.number().positive().max(10_000),
  unitPriceCents: z.number().int().min(0).max(10_000_000).optional(),
});

export const recordEventInput = eventFieldsInput.extend({
  clientId: z.uuid(),
  purchasingPowerId: z.uuid(),
  bookingId: z.uuid().optional(),
});

export const coPaymentQueryInput = z
  .object({ clientId: z.uuid(), serviceId: z.uuid(), from: plainDate, to: plainDate })
  .refine((q) => q.from <= q.to, { message: "DATE_RANGE_INVALID", path: ["to"] });

export const reportErrorInput = z.object({ eventId: z.uuid(), message: z.string().trim().min(10).max(4000) });

export const creditInput = z.object({
  eventId: z.uuid(),
  reasonCode: z.string().trim().max(30),
  explanation: z.string().trim().max(4000),
  amountCents: z.number().int().positive().optional(),
});

export const createClientInput = z.object({
  name: z.string().trim().min(1).max(200),
  hetu: z.string().trim().min(11).max(11),
  street: z.string().trim().max(200).nullish(),
  postalCode: z.string().trim().max(20).nullish(),
  city: z.string().trim().max(100).nullish(),
  email: z.email().nullish(),
});

const VOUCHER_NUMBER = /^[A-Z0-9-]{3,30}$/i;

export const grantPowerInput = z.object({
  clientId: z.uuid(),
  serviceId: z.uuid(),
  providerId: z.uuid().nullish(),
  voucherNumber: z.string().trim().regex(VOUCHER_NUMBER),
  kind: z.enum(["units", "balance"]),
  unitValueCents: z.number().int().min(0).max(10_000_000),
  quantity: z.number().positive().max(100_000).optional(),
  balanceCents: z.number().int().positive().max(100_000_000).optional(),
  validFrom: plainDate,
  validTo: plainDate,
});

export const grantRightInput = z.object({
  clientId: z.uuid(),
  serviceId: z.uuid(),
  providerId: z.uuid(),
  teamName: z.string().trim().min(1).max(200),
  validFrom: plainDate,
  validTo: plainDate.nullish(),
});

export const createBookingInput = z.object({
  clientId: z.uuid(),
  purchasingPowerId: z.uuid(),
  providerId: z.uuid(),
  startsAt: instant,
  endsAt: instant,
  content: z.string().trim().min(1).max(500),
});

import { VOUCHER_EVENT_STATES } from "@reskontra/domain";
import { z } from "zod";
import { plainDate } from "../trpc/inputs";

export { plainDate };

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

const permission = z.object({ allowed: z.boolean(), code: z.string().nullable(), reason: z.string().nullable() });

export const eventOutput = z.object({
  id: z.string(),
  providerName: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  purchasingPowerId: z.string(),
  voucherNumber: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  bookingId: z.string().nullable(),
  startsAt: z.date(),
  endsAt: z.date(),
  eventDate: z.string(),
  content: z.string(),
  units: z.number(),
  unitPriceCents: z.number(),
  priceCents: z.number(),
  voucherValueCents: z.number(),
  coPaymentCents: z.number(),
  state: z.enum(VOUCHER_EVENT_STATES),
  awaitingCredit: z.boolean(),
  reviewReason: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  creditedCents: z.number(),
  settled: z.boolean(),
  permissions: z.object({ edit: permission, delete: permission, credit: permission }),
});

export const clientHit = z.object({
  id: z.string(),
  name: z.string(),
  /** Providers only ever get the masked code. */
  hetuMasked: z.string(),
  customerNumber: z.string().nullable(),
});

export const clientHeaderOutput = clientHit.extend({
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  email: z.string().nullable(),
});

export const powerOutput = z.object({
  id: z.string(),
  voucherNumber: z.string(),
  kind: z.enum(["units", "balance"]),
  serviceId: z.string(),
  serviceName: z.string(),
  serviceUnit: z.string(),
  unitValueCents: z.number(),
  quantity: z.number().nullable(),
  usedUnits: z.number(),
  remainingUnits: z.number().nullable(),
  balanceCents: z.number().nullable(),
  usedCents: z.number(),
  remainingCents: z.number().nullable(),
  validFrom: z.string(),
  validTo: z.string(),
  status: z.enum(["granted", "open", "closed"]),
});

export const bookingOutput = z.object({
  id: z.string(),
  purchasingPowerId: z.string(),
  voucherNumber: z.string(),
  serviceName: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  content: z.string(),
  hasEvent: z.boolean(),
});

export const coPaymentStatementOutput = z.object({
  serviceId: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      eventId: z.string(),
      date: z.string(),
      state: z.enum(VOUCHER_EVENT_STATES),
      serviceContent: z.string(),
      voucherNumber: z.string(),
      priceCents: z.number(),
      voucherValueCents: z.number(),
      coPaymentCents: z.number(),
      invoiceId: z.string().nullable(),
    }),
  ),
  totals: z.object({ priceCents: z.number(), voucherValueCents: z.number(), coPaymentCents: z.number() }),
});

export const pdfOutput = z.object({ fileName: z.string(), pdfBase64: z.string() });

export const settlementLineOutput = z.object({
  id: z.string(),
  settlementId: z.string(),
  period: z.string(),
  organizerName: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  eventCount: z.number(),
  approvedCents: z.number(),
  creditCount: z.number(),
  creditCents: z.number(),
  carriedInCents: z.number(),
  payableCents: z.number(),
  carriedOutCents: z.number(),
  paidOn: z.string().nullable(),
});

export const settlementOutput = z.object({
  id: z.string(),
  period: z.string(),
  coversBefore: z.string(),
  runAt: z.date(),
  automatic: z.boolean(),
  lines: z.array(settlementLineOutput),
});

export const settingsOutput = z.object({
  settlementDay: z.number(),
  autoApprove: z.boolean(),
  creditReasons: z.array(z.object({ code: z.string(), labelFi: z.string(), labelEn: z.string() })),
  services: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), unit: z.string() })),
});

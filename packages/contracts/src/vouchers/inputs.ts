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

import { z } from "zod";

export const notificationOutput = z.object({
  id: z.string(),
  kind: z.string(),
  invoiceId: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});

export const markedOutput = z.object({ marked: z.number().int() });

export const alertOutput = z.object({
  kind: z.string(),
  /** "YYYY-MM-DD": the business day the alert is about. */
  businessDate: z.string(),
  payload: z.unknown(),
  createdAt: z.date(),
});

import { TICKET_CATEGORIES, TICKET_CHANNELS } from "@reskontra/domain";
import { z } from "zod";

const counts = <K extends readonly [string, ...string[]]>(keys: K) => z.record(z.enum(keys), z.number().int());

const slaFigures = z.object({
  count: z.number().int(),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  met: z.number().int(),
  breached: z.number().int(),
  metPercent: z.number().nullable(),
});

export const monthlyReportOutput = z.object({
  month: z.string(),
  from: z.date(),
  to: z.date(),
  requests: z.object({ total: z.number().int(), byChannel: counts(TICKET_CHANNELS), byCategory: counts(TICKET_CATEGORIES) }),
  calls: z.object({
    total: z.number().int(),
    byLine: z.array(z.object({ lineCode: z.string(), nameFi: z.string(), nameEn: z.string(), count: z.number().int() })),
    byCategory: counts(TICKET_CATEGORIES),
    uncategorized: z.number().int(),
  }),
  firstResponse: slaFigures,
  resolution: slaFigures,
  sla: z.object({ met: z.number().int(), decided: z.number().int(), metPercent: z.number().nullable() }),
  callbacks: z.object({
    promised: z.number().int(),
    kept: z.number().int(),
    late: z.number().int(),
    missed: z.number().int(),
    keptPercent: z.number().nullable(),
  }),
});

export const monthlyCsvOutput = z.object({ fileName: z.string(), contentType: z.string(), csv: z.string() });

import type { z } from "zod";

export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  name: string;
  schema: Schema;
  /** Cron schedule in Europe/Helsinki wall-clock time, for jobs the worker runs on its own. */
  cron?: string;
  /** Retries before the job is given up; handlers are idempotent, so a retry is always safe. */
  retryLimit?: number;
  /**
   * pg-boss queue policy. "short" keeps at most one waiting job per singletonKey, so sending
   * the same dispatch twice while it waits makes one job; the default policy ignores the key.
   */
  policy?: "standard" | "short";
}

export type JobPayload<D extends JobDefinition> = z.output<D["schema"]>;

/** A job is always named through its definition, never by a bare string, so payloads stay typed. */
export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}

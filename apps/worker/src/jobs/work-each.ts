import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { JobDefinition, JobPayload } from "@reskontra/jobs";
import type { Heartbeat } from "./heartbeat";
import { SideEffectInFlightError } from "./side-effect-once";

export const BATCH_SIZE = 10;

/** How a queue is fetched: jobs per fetch, seconds between empty polls, and fetch loops side by side. */
export interface FetchOptions {
  batchSize?: number;
  /** pg-boss polls an empty queue this often (its default 2 s; at least 0.5 s). A full batch is followed at once. */
  pollingIntervalSeconds?: number;
  /** Fetch loops for the queue in this process: one more batch can start while a slow job holds the other. */
  workers?: number;
}

/** One job's outcome in a batch: anything but an Error completes it; an Error fails it on its own. */
export type JobOutcome = unknown;

/**
 * Registers a handler for pg-boss's batches. pg-boss fails or completes a whole batch together;
 * here the handler answers an outcome per job, in order, and a job whose outcome is an Error is
 * failed on its own (and retried on its own schedule); the batch then completes, which touches
 * only the jobs still active.
 */
export async function workBatch<D extends JobDefinition>(
  boss: PgBoss,
  definition: D,
  logger: Logger,
  handle: (payloads: readonly JobPayload<D>[]) => Promise<readonly JobOutcome[]>,
  fetch: FetchOptions = {},
  heartbeat?: Heartbeat,
): Promise<void> {
  const { batchSize = BATCH_SIZE, pollingIntervalSeconds, workers = 1 } = fetch;
  const options = pollingIntervalSeconds === undefined ? { batchSize } : { batchSize, pollingIntervalSeconds };
  for (let w = 0; w < workers; w++) await boss.work<object>(definition.name, options, (jobs) => handleBatch(jobs));

  async function handleBatch(jobs: PgBoss.Job<object>[]): Promise<void> {
    await heartbeat?.hold(
      definition.name,
      jobs.map((job) => job.id),
    );
    const outcomes: JobOutcome[] = jobs.map(() => undefined);
    const parsed: { index: number; payload: JobPayload<D> }[] = [];
    jobs.forEach((job, index) => {
      const result = definition.schema.safeParse(job.data);
      if (result.success) parsed.push({ index, payload: result.data as JobPayload<D> });
      else outcomes[index] = asError(result.error);
    });
    try {
      const results = await handle(parsed.map((p) => p.payload));
      parsed.forEach((p, i) => (outcomes[p.index] = results[i]));
    } catch (error) {
      for (const p of parsed) outcomes[p.index] = asError(error);
    }
    await Promise.all(
      jobs.map(async (job, index) => {
        const outcome = outcomes[index];
        if (!(outcome instanceof Error)) {
          logger.debug({ queue: definition.name, jobId: job.id, result: outcome }, "job done");
          return;
        }
        // Another run holding the claim is the protocol working, not a fault.
        const level = outcome instanceof SideEffectInFlightError ? "info" : "error";
        logger[level]({ queue: definition.name, jobId: job.id, err: outcome }, "job failed; pg-boss will retry it");
        await boss.fail(definition.name, job.id, { message: outcome.message, stack: outcome.stack ?? null });
      }),
    );
  }
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

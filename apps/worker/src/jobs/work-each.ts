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

/**
 * Registers a handler that takes pg-boss's batch one job at a time. pg-boss fails or completes
 * a whole batch together; here a failing job is failed on its own (and retried on its own
 * schedule), and the batch then completes, which touches only the jobs still active.
 */
export async function workEach<D extends JobDefinition>(
  boss: PgBoss,
  definition: D,
  logger: Logger,
  handle: (payload: JobPayload<D>) => Promise<unknown>,
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
    await Promise.all(
      jobs.map(async (job) => {
        try {
          const payload = definition.schema.parse(job.data) as JobPayload<D>;
          const result = await handle(payload);
          logger.debug({ queue: definition.name, jobId: job.id, result }, "job done");
        } catch (error) {
          const err = error instanceof Error ? error : new Error(String(error));
          // Another run holding the claim is the protocol working, not a fault.
          const level = error instanceof SideEffectInFlightError ? "info" : "error";
          logger[level]({ queue: definition.name, jobId: job.id, err }, "job failed; pg-boss will retry it");
          await boss.fail(definition.name, job.id, { message: err.message, stack: err.stack ?? null });
        }
      }),
    );
  }
}

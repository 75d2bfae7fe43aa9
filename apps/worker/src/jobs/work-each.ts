import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { JobDefinition, JobPayload } from "@reskontra/jobs";
import type { Heartbeat } from "./heartbeat";
import { SideEffectInFlightError } from "./side-effect-once";

export const BATCH_SIZE = 10;

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
  batchSize: number = BATCH_SIZE,
  heartbeat?: Heartbeat,
): Promise<void> {
  await boss.work<object>(definition.name, { batchSize }, async (jobs) => {
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
        // A hold outliving its job is harmless: the sweep looks only at active jobs.
        await heartbeat?.release([job.id]).catch((error: unknown) => {
          logger.warn({ queue: definition.name, jobId: job.id, err: error }, "could not release a job hold");
        });
      }),
    );
  });
}

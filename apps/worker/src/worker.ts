import type { Database } from "@reskontra/db";
import { allJobs, startJobQueue, type JobQueue } from "@reskontra/jobs";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { resolveWorkerConfig, type WorkerConfig } from "./config";
import type { FaultHook, JobContext } from "./jobs/job-context";
import { workEach } from "./jobs/work-each";
import { createMailer } from "@reskontra/mail";
import { registry } from "./registry";

export interface WorkerDeps {
  database: Database;
  url: string;
  clock: () => Date;
  logger: Logger;
  /** Overrides of the environment's configuration (SMTP_URL, outbox folders, …). */
  config?: Partial<WorkerConfig>;
  /** Test-only: called between handler steps, so a test can kill a run half-way by throwing. */
  faults?: FaultHook;
}

export interface RunningWorker {
  boss: PgBoss;
  jobs: JobQueue;
  config: WorkerConfig;
  stop(): Promise<void>;
}

export const HELSINKI = "Europe/Helsinki";

/**
 * Starts the job queue, registers every handler of the registry and the cron schedules.
 * A process that only enqueues uses startJobQueue from @reskontra/jobs instead.
 */
export async function startWorker(deps: WorkerDeps): Promise<RunningWorker> {
  const config = resolveWorkerConfig(deps.config);
  const queue = await startJobQueue(deps);
  const mailer = config.smtpUrl !== null ? createMailer(config.smtpUrl) : null;
  const ctx: JobContext = {
    db: deps.database.db,
    clock: deps.clock,
    logger: deps.logger,
    config,
    jobs: queue.jobs,
    mailer,
    faults: deps.faults,
  };
  for (const { job, batchSize, handle } of registry) {
    await workEach(queue.boss, job, deps.logger, (payload) => handle(ctx, payload), batchSize);
  }
  for (const job of allJobs) {
    if (job.cron) await queue.boss.schedule(job.name, job.cron, {}, { tz: HELSINKI });
  }
  return {
    boss: queue.boss,
    jobs: queue.jobs,
    config,
    async stop() {
      await queue.stop();
      mailer?.close();
    },
  };
}

import type { Database } from "@reskontra/db";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { allJobs } from "./all-jobs";
import { createBoss } from "./boss";
import { createJobQueue, type JobQueue } from "./queue";

export interface JobQueueDeps {
  database: Database;
  /** The database URL: pg-boss opens its own pool on PostgreSQL. */
  url: string;
  logger: Logger;
}

export interface RunningJobQueue {
  boss: PgBoss;
  jobs: JobQueue;
  stop(): Promise<void>;
}

/** Creates the queues; an existing queue is moved to the policy its definition asks for. */
async function createQueues(boss: PgBoss): Promise<void> {
  for (const job of allJobs) {
    const policy = "policy" in job ? job.policy : undefined;
    await boss.createQueue(job.name, policy ? { name: job.name, policy } : undefined);
    if (policy) await boss.updateQueue(job.name, { name: job.name, policy });
  }
}

/**
 * Starts pg-boss and creates every queue, without handlers: what a process that only enqueues
 * (the api on PostgreSQL, tests that check what was sent) needs. The worker builds on it.
 */
export async function startJobQueue(deps: JobQueueDeps): Promise<RunningJobQueue> {
  const boss = createBoss(deps.database, deps.url);
  boss.on("error", (error) => deps.logger.error({ err: error }, "job queue error"));
  await boss.start();
  await createQueues(boss);
  return {
    boss,
    jobs: createJobQueue(boss),
    // Graceful: active jobs get time to finish; an interrupted one is retried, which is safe because handlers are idempotent.
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}

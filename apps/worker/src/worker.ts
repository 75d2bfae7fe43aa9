import type { Database, Db } from "@reskontra/db";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { cleanExpiredSessions } from "./auth/clean-expired-sessions";
import { createBoss } from "./jobs/boss";
import { allJobs, cleanExpiredSessions as cleanExpiredSessionsJob } from "./jobs/definitions";
import { createJobQueue, type JobQueue } from "./jobs/queue";

export interface WorkerDeps {
  database: Database;
  url: string;
  clock: () => Date;
  logger: Logger;
}

export interface RunningWorker {
  boss: PgBoss;
  jobs: JobQueue;
  stop(): Promise<void>;
}

export const HELSINKI = "Europe/Helsinki";

async function registerHandlers(boss: PgBoss, db: Db, deps: WorkerDeps): Promise<void> {
  await boss.work(cleanExpiredSessionsJob.name, async () => {
    const removed = await cleanExpiredSessions(db, deps.clock());
    deps.logger.info({ removed }, "expired sessions removed");
  });
}

/**
 * Starts pg-boss, creates the queues, registers handlers and cron schedules.
 * `handlers: false` gives a queue that only sends (the api process on PostgreSQL).
 */
export async function startWorker(deps: WorkerDeps, options: { handlers?: boolean } = {}): Promise<RunningWorker> {
  const boss = createBoss(deps.database, deps.url);
  boss.on("error", (error) => deps.logger.error({ err: error }, "job queue error"));
  await boss.start();
  for (const job of allJobs) {
    await boss.createQueue(job.name);
  }
  if (options.handlers !== false) {
    await registerHandlers(boss, deps.database.db, deps);
    for (const job of allJobs) {
      if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: HELSINKI });
    }
  }
  return {
    boss,
    jobs: createJobQueue(boss),
    // Graceful: active jobs get time to finish; an interrupted one is retried, which is safe because handlers are idempotent.
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}

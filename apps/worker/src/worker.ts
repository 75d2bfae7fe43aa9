import type { Database, Db } from "@reskontra/db";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { cleanExpiredSessions } from "./auth/clean-expired-sessions";
import { resolveWorkerConfig, type WorkerConfig } from "./config";
import { deadlineCheckJob } from "./invoices/deadline-check";
import { dispatchInvoiceJob } from "./invoices/dispatch-invoice";
import { sweepOutboxJob } from "./invoices/sweep-outbox";
import { createBoss } from "./jobs/boss";
import {
  allJobs,
  cleanExpiredSessions as cleanExpiredSessionsJob,
  deadlineCheck,
  dispatchInvoice,
  runReminders,
  sendMail,
  sweepOutbox,
} from "./jobs/definitions";
import type { FaultHook, JobContext } from "./jobs/job-context";
import { createJobQueue, type JobQueue } from "./jobs/queue";
import { workEach } from "./jobs/work-each";
import { createMailer } from "@reskontra/mail";
import { registerVoucherJobs } from "./vouchers/register";
import { sendOutgoingMailJob } from "./mail/send-outgoing-mail";
import { runRemindersJob } from "./reminders/run-reminders";

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

async function registerHandlers(boss: PgBoss, db: Db, deps: WorkerDeps, ctx: JobContext): Promise<void> {
  await boss.work(cleanExpiredSessionsJob.name, async () => {
    const removed = await cleanExpiredSessions(db, deps.clock());
    deps.logger.info({ removed }, "expired sessions removed");
  });
  await workEach(boss, dispatchInvoice, deps.logger, ({ dispatchId }) => dispatchInvoiceJob(ctx, dispatchId));
  await workEach(boss, sendMail, deps.logger, ({ mailId }) => sendOutgoingMailJob(ctx, mailId));
  await workEach(boss, sweepOutbox, deps.logger, () => sweepOutboxJob(ctx));
  await workEach(boss, deadlineCheck, deps.logger, () => deadlineCheckJob(ctx));
  await workEach(boss, runReminders, deps.logger, ({ organizationId }) => runRemindersJob(ctx, { organizationId }));
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
 * Starts pg-boss, creates the queues, registers handlers and cron schedules.
 * `handlers: false` gives a queue that only sends (the api process on PostgreSQL).
 */
export async function startWorker(deps: WorkerDeps, options: { handlers?: boolean } = {}): Promise<RunningWorker> {
  const config = resolveWorkerConfig(deps.config);
  const boss = createBoss(deps.database, deps.url);
  boss.on("error", (error) => deps.logger.error({ err: error }, "job queue error"));
  await boss.start();
  await createQueues(boss);
  await registerVoucherJobs(
    boss,
    { db: deps.database.db, clock: deps.clock, logger: deps.logger },
    { handlers: options.handlers !== false },
  );
  const jobs = createJobQueue(boss);
  const mailer = options.handlers !== false && config.smtpUrl !== null ? createMailer(config.smtpUrl) : null;
  if (options.handlers !== false) {
    const ctx: JobContext = {
      db: deps.database.db,
      clock: deps.clock,
      logger: deps.logger,
      config,
      jobs,
      mailer,
      faults: deps.faults,
    };
    await registerHandlers(boss, deps.database.db, deps, ctx);
    for (const job of allJobs) {
      if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: HELSINKI });
    }
  }
  return {
    boss,
    jobs,
    config,
    // Graceful: active jobs get time to finish; an interrupted one is retried, which is safe because handlers are idempotent.
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      mailer?.close();
    },
  };
}

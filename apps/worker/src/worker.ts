import type { Database } from "@reskontra/db";
import { allJobs, startJobQueue, type JobQueue } from "@reskontra/jobs";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { resolveWorkerConfig, type WorkerConfig } from "./config";
import type { FaultHook, JobContext } from "./jobs/job-context";
import { startHeartbeat, type Heartbeat } from "./jobs/heartbeat";
import { workBatch } from "./jobs/work-each";
import { createMailer, startMailReceiver, type InboundMailHandler, type MailReceiver } from "@reskontra/mail";
import { inboundMailHandler } from "./support/mail-inbound";
import { registry } from "./registry";
import { startRenderPool } from "./dispatch/render-pool";

export interface WorkerDeps {
  database: Database;
  url: string;
  clock: () => Date;
  logger: Logger;
  /** Overrides of the environment's configuration (SMTP_URL, outbox folders, …). */
  config?: Partial<WorkerConfig>;
  /** Test-only: called between handler steps, so a test can kill a run half-way by throwing. */
  faults?: FaultHook;
  /** Heartbeat timing (jobs/heartbeat.ts); the defaults take over a dead worker's jobs in 20–30 s. */
  heartbeat?: { intervalMs?: number; staleAfterMs?: number };
  /**
   * The file a PDF render thread runs: the process's own built entry, which serves renders when
   * started as one (dispatch/render-pool.ts). Without it, or with RENDER_THREADS=0, PDFs render in the main thread.
   */
  renderThreadEntry?: string;
}

export interface RunningWorker {
  boss: PgBoss;
  jobs: JobQueue;
  config: WorkerConfig;
  /** The support desk's receiving path, for an SMTP server started elsewhere (the development catcher). */
  inboundMail: InboundMailHandler;
  /** The support mail receiver, when INBOUND_SMTP_PORT is set. */
  receiver: MailReceiver | null;
  /** This process's beat; its instanceId names it in worker_instances and worker_job_holds. */
  heartbeat: Heartbeat;
  /** Threads rendering PDFs beside the main thread (0: the main thread renders). */
  renderThreads(): number;
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
  const heartbeat = await startHeartbeat({ db: deps.database.db, logger: deps.logger, ...deps.heartbeat });
  const renderPool =
    deps.renderThreadEntry && config.renderThreads > 0
      ? startRenderPool({ entry: deps.renderThreadEntry, threads: config.renderThreads, logger: deps.logger })
      : null;
  const ctx: JobContext = {
    db: deps.database.db,
    clock: deps.clock,
    logger: deps.logger,
    config,
    jobs: queue.jobs,
    mailer,
    faults: deps.faults,
    instanceId: heartbeat.instanceId,
    renderPdf: renderPool?.render,
  };
  for (const { job, batchSize, fetch, handleBatch } of registry) {
    await workBatch(queue.boss, job, deps.logger, (payloads) => handleBatch(ctx, payloads), { batchSize, ...fetch }, heartbeat);
  }
  for (const job of allJobs) {
    if (job.cron) await queue.boss.schedule(job.name, job.cron, {}, { tz: HELSINKI });
  }
  const inboundMail = inboundMailHandler(ctx);
  const receiver =
    config.inboundSmtpPort === null
      ? null
      : await startMailReceiver({ port: config.inboundSmtpPort, host: config.inboundSmtpHost, inbound: inboundMail });
  return {
    boss: queue.boss,
    jobs: queue.jobs,
    config,
    inboundMail,
    receiver,
    heartbeat,
    renderThreads: () => renderPool?.threads ?? 0,
    async stop() {
      await receiver?.close();
      await queue.stop();
      await renderPool?.close();
      await heartbeat.stop();
      mailer?.close();
    },
  };
}

import type { Db } from "@reskontra/db";
import type { Logger } from "pino";
import type { WorkerConfig } from "../config";
import type { Mailer } from "@reskontra/mail";
import type { JobQueue } from "@reskontra/jobs";
import type { RenderPdf } from "../dispatch/render-pool";

/**
 * Test-only hook: called between the steps of a handler, so a test can "kill" a run
 * half-way by throwing and then check that the next run finishes the work exactly once.
 */
export interface FaultHook {
  at(step: string): void | Promise<void>;
}

/** What every job handler gets: the database, the clock, the outside world. */
export interface JobContext {
  db: Db;
  /** Business time. Handlers never call `new Date()` for it, so tests can move time. */
  clock: () => Date;
  logger: Logger;
  config: WorkerConfig;
  jobs: JobQueue;
  /** null when no SMTP is configured: mail handlers then fail loudly and are retried. */
  mailer: Mailer | null;
  faults?: FaultHook;
  /**
   * This worker process's heartbeat id (jobs/heartbeat.ts). Side-effect claims record it, so a run
   * after a crash sees at once that the claimer is dead instead of waiting out the lease.
   */
  instanceId?: string;
  /** Renders a dispatch's PDF: the worker's render threads when it has them, else in this thread. */
  renderPdf?: RenderPdf;
}

export async function faultAt(ctx: Pick<JobContext, "faults">, step: string): Promise<void> {
  await ctx.faults?.at(step);
}

export function requireMailer(ctx: Pick<JobContext, "mailer">, what: string): Mailer {
  if (!ctx.mailer) {
    throw new Error(`SMTP is not configured (set SMTP_URL): ${what} stays queued and is retried`);
  }
  return ctx.mailer;
}

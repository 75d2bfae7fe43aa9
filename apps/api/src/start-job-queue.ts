import type { Database } from "@reskontra/db";
import { startWorker } from "@reskontra/worker";
import type { JobQueue } from "@reskontra/worker/jobs";
import type { Logger } from "pino";

export interface RunningJobQueue {
  jobs: JobQueue;
  stop(): Promise<void>;
}

/**
 * SEAM: the api alone only enqueues; the worker process runs the handlers. Until job definitions and
 * the queue live in @reskontra/jobs, the send-only queue is the worker's start without handlers. At
 * merge this file becomes `startJobQueue` from @reskontra/jobs and the api stops importing the worker.
 */
export async function startJobQueue(deps: {
  database: Database;
  url: string;
  clock: () => Date;
  logger: Logger;
}): Promise<RunningJobQueue> {
  const worker = await startWorker(deps, { handlers: false });
  return { jobs: worker.jobs, stop: () => worker.stop() };
}

import type PgBoss from "pg-boss";
import type { JobDefinition, JobPayload } from "./define-job";

export interface SendOptions {
  /** Two sends with the same key while the first is queued or active make one job. */
  singletonKey?: string;
  startAfter?: Date;
}

export interface JobQueue {
  send<D extends JobDefinition>(definition: D, payload: JobPayload<D>, options?: SendOptions): Promise<string | null>;
  /**
   * Enqueues many jobs of one definition in one statement per SEND_MANY_CHUNK (pg-boss `insert`):
   * bulk work never pays one round trip per job. Jobs whose singleton key is already waiting are
   * left out, as with `send`. Resolves to how many were handed over. Optional so a stand-in queue
   * (tests, benches) may leave it out: call it through `sendMany(queue, …)`, which falls back to `send`.
   */
  sendMany?<D extends JobDefinition>(
    definition: D,
    jobs: readonly { payload: JobPayload<D>; options?: SendOptions }[],
  ): Promise<number>;
}

/** Jobs per pg-boss insert: one statement of a few hundred kilobytes of JSON. */
export const SEND_MANY_CHUNK = 5000;

/**
 * First retry after 2–4 s, doubling (with jitter) after that: a job cut by a lost database
 * connection runs again once the database is back, without hammering it while it restarts.
 */
export const RETRY_DELAY_SECONDS = 2;

export function createJobQueue(boss: PgBoss): JobQueue {
  return {
    async send(definition, payload, options = {}) {
      const data = definition.schema.parse(payload) as object;
      return boss.send(definition.name, data, {
        singletonKey: options.singletonKey,
        startAfter: options.startAfter,
        retryLimit: definition.retryLimit ?? 5,
        retryDelay: RETRY_DELAY_SECONDS,
        retryBackoff: true,
      });
    },
    async sendMany(definition, jobs) {
      for (let i = 0; i < jobs.length; i += SEND_MANY_CHUNK) {
        await boss.insert(
          jobs.slice(i, i + SEND_MANY_CHUNK).map(({ payload, options = {} }) => ({
            name: definition.name,
            data: definition.schema.parse(payload) as object,
            singletonKey: options.singletonKey,
            startAfter: options.startAfter,
            retryLimit: definition.retryLimit ?? 5,
            retryDelay: RETRY_DELAY_SECONDS,
            retryBackoff: true,
          })),
        );
      }
      return jobs.length;
    },
  };
}

/** For code paths that run without a worker (seed, some tests): enqueueing is refused loudly. */
export const noJobQueue: JobQueue = {
  send(definition) {
    return Promise.reject(new Error(`no job queue configured to send ${definition.name}`));
  },
  sendMany(definition, jobs) {
    if (jobs.length === 0) return Promise.resolve(0);
    return Promise.reject(new Error(`no job queue configured to send ${definition.name}`));
  },
};

/** Enqueues many jobs in bulk where the queue can (pg-boss), else one `send` each (a stand-in queue). */
export async function sendMany<D extends JobDefinition>(
  queue: JobQueue,
  definition: D,
  jobs: readonly { payload: JobPayload<D>; options?: SendOptions }[],
): Promise<number> {
  if (jobs.length === 0) return 0;
  if (queue.sendMany) return queue.sendMany(definition, jobs);
  for (const job of jobs) await queue.send(definition, job.payload, job.options);
  return jobs.length;
}

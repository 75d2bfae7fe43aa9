import type PgBoss from "pg-boss";
import type { JobDefinition, JobPayload } from "./define-job";

export interface SendOptions {
  /** Two sends with the same key while the first is queued or active make one job. */
  singletonKey?: string;
  startAfter?: Date;
}

export interface JobQueue {
  send<D extends JobDefinition>(definition: D, payload: JobPayload<D>, options?: SendOptions): Promise<string | null>;
}

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
  };
}

/** For code paths that run without a worker (seed, some tests): enqueueing is refused loudly. */
export const noJobQueue: JobQueue = {
  send(definition) {
    return Promise.reject(new Error(`no job queue configured to send ${definition.name}`));
  },
};

import { randomUUID } from "node:crypto";
import os from "node:os";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@reskontra/db";
import { BOSS_SCHEMA } from "@reskontra/jobs";
import type { Logger } from "pino";

/**
 * Crash take-over: jobs held by a dead worker go back to the queue within seconds, not after
 * pg-boss's 15-minute expiry.
 *
 * Why a heartbeat and not a short `expireInSeconds`: in pg-boss 10 the expiry is one number per
 * job that both the maintenance sweep (every `maintenanceIntervalSeconds`, default 120 s) and the
 * worker itself enforce — `work()` races the handler against `expireInSeconds` and fails the job
 * while the handler is still running. A reminder run or a settlement that legitimately takes
 * minutes would then be retried beside itself, and a short enough expiry for quick dispatches
 * would need guessing each queue's worst case on a slow day. A heartbeat asks the real question
 * ("is the process that took this job still alive?"): a live worker keeps its jobs however long
 * they take, a dead one loses them after STALE_AFTER_MS. pg-boss's own expiry stays as the
 * last resort.
 *
 * pg-boss 10 does not record which process fetched a job, so the worker writes a hold
 * (`worker_job_holds`) for each job it takes and removes it when done. The sweep moves to
 * "retry" (start_after = now, no backoff) every active job whose holder's beat is stale, and
 * every active job with no hold at all that started longer than STALE_AFTER_MS ago (the holder
 * died between pg-boss's fetch and writing its hold, or after removing it). Handlers are
 * idempotent (side_effects claims, conditional status moves), so a job taken from a process that
 * was only hung, not dead, is harmless too: the second run finds the claim and waits its turn.
 *
 * Times are the database's `now()`, so clocks of different machines never disagree.
 */

export const HEARTBEAT_INTERVAL_MS = 5_000;
export const STALE_AFTER_MS = 20_000;
/**
 * After its own beat failed (the database was unreachable), a worker sweeps again only after this
 * many good beats in a row: the others were cut off too and need a beat to show they are alive.
 */
const GOOD_BEATS_BEFORE_SWEEP_AFTER_OUTAGE = 3;
/** Rows of workers gone this long are removed; they only serve a person reading the table. */
const FORGET_INSTANCE_AFTER = "1 day";

export interface HeartbeatOptions {
  db: Db;
  logger: Logger;
  intervalMs?: number;
  staleAfterMs?: number;
}

export interface TakenOverJob {
  id: string;
  name: string;
  state: string;
}

export interface Heartbeat {
  instanceId: string;
  /** Records that this worker now runs these jobs. */
  hold(queue: string, jobIds: string[]): Promise<void>;
  /** The jobs are finished (completed or failed) here. */
  release(jobIds: string[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startHeartbeat(opts: HeartbeatOptions): Promise<Heartbeat> {
  const { db, logger } = opts;
  const intervalMs = opts.intervalMs ?? HEARTBEAT_INTERVAL_MS;
  const staleAfterMs = opts.staleAfterMs ?? STALE_AFTER_MS;
  const instanceId = randomUUID();
  const beat = () =>
    db.execute(sql`
      INSERT INTO worker_instances (id, host, pid) VALUES (${instanceId}, ${os.hostname()}, ${String(process.pid)})
      ON CONFLICT (id) DO UPDATE SET beat_at = now()
    `);
  // The first beat is awaited: holds must never name an instance that has no row yet.
  await beat();
  // A fresh worker may sweep at once: nobody's beats were held up by an outage of its own.
  let goodBeats = GOOD_BEATS_BEFORE_SWEEP_AFTER_OUTAGE;
  let running: Promise<void> | null = null;

  const tick = async () => {
    try {
      await beat();
      goodBeats += 1;
    } catch (error) {
      goodBeats = 0;
      logger.warn({ err: error }, "worker heartbeat failed; taking over no jobs until it recovers");
      return;
    }
    if (goodBeats < GOOD_BEATS_BEFORE_SWEEP_AFTER_OUTAGE) return;
    try {
      const taken = await takeOverOrphanedJobs(db, staleAfterMs);
      if (taken.length > 0) logger.warn({ jobs: taken }, "took over jobs held by a worker that stopped beating");
      await db.execute(sql`DELETE FROM worker_instances WHERE beat_at < now() - ${FORGET_INSTANCE_AFTER}::interval`);
    } catch (error) {
      logger.warn({ err: error }, "orphaned-job sweep failed; the next beat tries again");
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = tick().finally(() => {
      running = null;
    });
  }, intervalMs);
  // Sweep once at start: after a crash and a restart, the dead process's jobs may already be stale.
  running = tick().finally(() => {
    running = null;
  });

  return {
    instanceId,
    async hold(queue, jobIds) {
      if (jobIds.length === 0) return;
      await db.execute(sql`
        INSERT INTO worker_job_holds (job_id, queue, instance_id)
        SELECT id, ${queue}, ${instanceId} FROM unnest(${`{${jobIds.join(",")}}`}::uuid[]) AS id
        ON CONFLICT (job_id) DO UPDATE SET instance_id = excluded.instance_id, taken_at = now()
      `);
    },
    async release(jobIds) {
      if (jobIds.length === 0) return;
      await db.execute(sql`
        DELETE FROM worker_job_holds
        WHERE job_id = ANY(${`{${jobIds.join(",")}}`}::uuid[]) AND instance_id = ${instanceId}
      `);
    },
    async stop() {
      clearInterval(timer);
      await running;
      // A clean stop has finished or handed back its jobs (pg-boss's graceful stop); the row goes.
      await db.execute(sql`DELETE FROM worker_instances WHERE id = ${instanceId}`).catch((error: unknown) => {
        logger.warn({ err: error }, "could not remove the worker's heartbeat row");
      });
    },
  };
}

/**
 * Returns active jobs of dead workers to the queue, to start at once: their retry counts as one
 * attempt (pg-boss counts it when the job is fetched again), and a job that has used up its
 * retries this way fails, so a job that kills every process running it cannot loop forever.
 * SKIP LOCKED lets several workers sweep at the same moment without waiting for one another.
 */
export async function takeOverOrphanedJobs(db: Db, staleAfterMs: number = STALE_AFTER_MS): Promise<TakenOverJob[]> {
  const boss = sql.identifier(BOSS_SCHEMA);
  const stale = `${Math.round(staleAfterMs)} milliseconds`;
  return db.transaction(async (tx) => {
    const taken = await queryRows<{ id: string; name: string; state: string }>(
      tx,
      sql`
        WITH orphaned AS (
          SELECT j.id, j.name
          FROM ${boss}.job j
          LEFT JOIN worker_job_holds h ON h.job_id = j.id
          LEFT JOIN worker_instances w ON w.id = h.instance_id
          WHERE j.state = 'active'
            AND CASE
              WHEN h.job_id IS NULL THEN j.started_on < now() - ${stale}::interval
              ELSE w.id IS NULL OR w.beat_at < now() - ${stale}::interval
            END
          FOR UPDATE OF j SKIP LOCKED
        )
        UPDATE ${boss}.job j SET
          state = CASE WHEN j.retry_count < j.retry_limit THEN 'retry' ELSE 'failed' END::${boss}.job_state,
          start_after = CASE WHEN j.retry_count < j.retry_limit THEN now() ELSE j.start_after END,
          completed_on = CASE WHEN j.retry_count < j.retry_limit THEN NULL ELSE now() END,
          output = '{ "value": { "message": "the worker running this job stopped beating" } }'::jsonb
        FROM orphaned o
        WHERE j.name = o.name AND j.id = o.id AND j.state = 'active'
        RETURNING j.id, j.name, j.state::text AS state
      `,
    );
    if (taken.length > 0) {
      await tx.execute(sql`DELETE FROM worker_job_holds WHERE job_id = ANY(${`{${taken.map((t) => t.id).join(",")}}`}::uuid[])`);
    }
    return taken;
  });
}

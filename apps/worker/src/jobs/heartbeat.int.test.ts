import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { dispatches, invoices, queryRows } from "@reskontra/db";
import { dispatchInvoice, startJobQueue, type RunningJobQueue } from "@reskontra/jobs";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { deadlineCheckJob } from "../invoices/deadline-check";
import { insertQueuedDispatch, insertSubmittedInvoice } from "../invoices/test-support/invoice-fixtures";
import { jobContext, useWorkerTestEnvironment } from "../invoices/test-support/job-harness";
import { startWorker, type RunningWorker } from "../worker";
import { takeOverOrphanedJobs } from "./heartbeat";

const env = useWorkerTestEnvironment();
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
let queue: RunningJobQueue | null = null;
let worker: RunningWorker | null = null;
afterEach(async () => {
  await worker?.stop();
  await queue?.stop();
  worker = null;
  queue = null;
  // Each test fetches "the next job": what an earlier test returned to the queue must not be it.
  await env.database.db.execute(sql`DELETE FROM pgboss.job WHERE name = ${dispatchInvoice.name}`);
});

async function openQueue(): Promise<RunningJobQueue> {
  queue = await startJobQueue({ database: env.database, url: env.database.url, logger });
  return queue;
}

/** Sends a job and fetches it, as a worker does: the job is then "active". */
async function activeJob(q: RunningJobQueue, data: { dispatchId: string }): Promise<string> {
  const id = await q.jobs.send(dispatchInvoice, data, { singletonKey: data.dispatchId });
  const [job] = await q.boss.fetch(dispatchInvoice.name);
  if (!id || job?.id !== id) throw new Error("job not fetched");
  return id;
}

async function addInstance(beatSecondsAgo: number): Promise<string> {
  const id = randomUUID();
  await env.database.db.execute(sql`
    INSERT INTO worker_instances (id, host, pid, started_at, beat_at)
    VALUES (${id}, 'test', '1', now() - interval '1 hour', now() - ${`${beatSecondsAgo} seconds`}::interval)
  `);
  return id;
}

async function hold(jobId: string, instanceId: string): Promise<void> {
  await env.database.db.execute(sql`
    INSERT INTO worker_job_holds (job_id, queue, instance_id) VALUES (${jobId}, ${dispatchInvoice.name}, ${instanceId})
  `);
}

async function jobRow(id: string) {
  const [row] = await queryRows<{ state: string; due: boolean }>(
    env.database.db,
    sql`SELECT state::text AS state, start_after <= now() AS due FROM pgboss.job WHERE id = ${id}`,
  );
  return row;
}

describe("taking over jobs whose worker died", () => {
  it("returns a dead worker's jobs to the queue at once and leaves a live worker's alone", async () => {
    const q = await openQueue();
    const deadJob = await activeJob(q, { dispatchId: randomUUID() });
    const liveJob = await activeJob(q, { dispatchId: randomUUID() });
    const unheldOld = await activeJob(q, { dispatchId: randomUUID() });
    const unheldNew = await activeJob(q, { dispatchId: randomUUID() });
    await hold(deadJob, await addInstance(30));
    await hold(liveJob, await addInstance(2));
    // Died between pg-boss's fetch and writing its hold.
    await env.database.db.execute(sql`UPDATE pgboss.job SET started_on = now() - interval '30 seconds' WHERE id = ${unheldOld}`);

    const taken = await takeOverOrphanedJobs(env.database.db, 20_000);

    expect(taken.map((t) => t.id).sort()).toEqual([deadJob, unheldOld].sort());
    // No retry backoff: the job is due now, so a restart at 14:55 still makes 15:00.
    expect(await jobRow(deadJob)).toEqual({ state: "retry", due: true });
    expect(await jobRow(unheldOld)).toEqual({ state: "retry", due: true });
    expect(await jobRow(liveJob)).toMatchObject({ state: "active" });
    expect(await jobRow(unheldNew)).toMatchObject({ state: "active" });
    const holds = await queryRows<{ job_id: string }>(env.database.db, sql`SELECT job_id FROM worker_job_holds`);
    expect(holds.map((h) => h.job_id)).toEqual([liveJob]);
    expect(await takeOverOrphanedJobs(env.database.db, 20_000)).toEqual([]);
  });

  it("fails a job that has used up its retries by killing its workers, instead of looping", async () => {
    const q = await openQueue();
    const job = await activeJob(q, { dispatchId: randomUUID() });
    await env.database.db.execute(sql`UPDATE pgboss.job SET retry_count = retry_limit WHERE id = ${job}`);
    await hold(job, await addInstance(60));

    expect(await takeOverOrphanedJobs(env.database.db, 20_000)).toEqual([
      { id: job, name: dispatchInvoice.name, state: "failed" },
    ]);
  });

  it("a worker restarted at 14:55 sends the invoice its dead predecessor held before the 15:00 check", async () => {
    const { db } = env.database;
    const start = new Date("2026-11-09T12:55:00Z"); // 14:55 Helsinki, a Monday
    const deadline = new Date("2026-11-09T13:00:00Z");
    const fixture = await insertSubmittedInvoice(db, { deadlineAt: deadline });
    const dispatchId = await insertQueuedDispatch(db, fixture, { channel: "email", createdAt: new Date("2026-11-09T12:50:00Z") });
    const q = await openQueue();
    await hold(await activeJob(q, { dispatchId }), await addInstance(25));
    await q.stop();
    queue = null;

    const began = Date.now();
    const clock = () => new Date(start.getTime() + (Date.now() - began));
    worker = await startWorker({ database: env.database, url: env.database.url, clock, logger, config: env.harness.config });
    const status = async () => (await db.select().from(dispatches).where(eq(dispatches.id, dispatchId)))[0]?.status;
    await expect.poll(status, { timeout: 20_000, interval: 200 }).toBe("sent");
    const resumedInMs = Date.now() - began;

    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, fixture.invoiceId));
    expect(invoice?.status).toBe("sent");
    expect(invoice?.sentAt?.getTime()).toBeLessThan(deadline.getTime());
    // Taken over by the new worker's first sweep, not after pg-boss's expiry or a backoff.
    expect(resumedInMs).toBeLessThan(10_000);
    const mails = await env.harness.caught();
    expect(mails.filter((m) => m.messageId === `<dispatch-${dispatchId}@reskontra>`)).toHaveLength(1);

    const check = await deadlineCheckJob(jobContext(db, env.harness, { clock: () => deadline }));
    expect(check.status).toBe("none_late");
  });
});

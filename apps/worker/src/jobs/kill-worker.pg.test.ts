import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createDb, migrate, type Database } from "@reskontra/db";
import { dispatchInvoice, runReminders, startJobQueue, type RunningJobQueue } from "@reskontra/jobs";
import { readCaughtMail, startMailCatcher, type MailCatcher } from "@reskontra/mail";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { insertQueuedDispatch, insertSubmittedInvoice } from "../invoices/test-support/invoice-fixtures";
import { insertRemindableCompany } from "../reminders/test-support/reminder-fixtures";
import { SWEEP_MIN_AGE_MS } from "../invoices/sweep-outbox";
import { spawnWorker, type SpawnedWorker } from "../test-support/spawn-worker";

/**
 * The kill test: two standalone worker processes against one PostgreSQL deliver 60 e-mailed
 * invoices and a reminder run of 30 reminders (plus the owners' notification mails) while one of
 * them is SIGKILLed at a seeded random moment and restarted at once, 20 times. Afterwards every
 * document must have reached the SMTP catcher exactly once, or be flagged "uncertain" for a person
 * (killed inside the SMTP hand-over, by design never resent), and every job a killed worker held
 * must have run again within a minute of the restart.
 *
 * Two processes, because PGlite is one in-process database: this test needs PostgreSQL
 * (TEST_DATABASE_URL, else the local server); without one it says why and skips, except in CI.
 * Two slots, because a kill then always leaves a survivor working while the other restarts, as in
 * a deployment with more than one worker, and 20 kills fit in the test's time.
 */

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const KILLS = Number(process.env.KILL_TEST_KILLS ?? 20);
const INVOICES = 60;
const REMINDERS = 30;
const SEED = Number(process.env.KILL_TEST_SEED ?? 13);
/** Time after a slot reports "started" before it is killed, at most; its work is in flight by then. */
const MAX_LIFE_MS = 1_500;
const RESUME_LIMIT_MS = 60_000;

const unreachable = await probePostgres(SERVER_URL);
if (unreachable !== null) {
  if (!["", "0", "false"].includes(process.env.CI ?? "")) {
    throw new Error(`the kill test needs PostgreSQL at ${SERVER_URL}: ${unreachable}`);
  }
  console.warn(`kill test skipped: no PostgreSQL at ${SERVER_URL} (${unreachable}); set TEST_DATABASE_URL`);
}

async function probePostgres(url: string): Promise<string | null> {
  try {
    const admin = await createDb(url, { max: 1 });
    try {
      await Promise.race([admin.executeSql("SELECT 1"), sleep(5_000).then(() => Promise.reject(new Error("no answer in 5 s")))]);
      return null;
    } finally {
      await admin.close();
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** mulberry32: the kill moments repeat for a seed, so a failure can be run again as it was. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Kill {
  pid: number;
  /** Database time of the kill; the slot is restarted in the same instant. */
  at: Date;
  held: string[];
}

interface JobTrace {
  /** Every start of the job the watcher saw (pg-boss's started_on). */
  starts: Date[];
  completedAt: Date | null;
  state: string;
}

const cleanup: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

describe.skipIf(unreachable !== null)("SIGKILL during dispatch and a reminder run", () => {
  it(
    "loses and duplicates nothing, and a dead worker's jobs run again within a minute",
    { timeout: Number(process.env.KILL_TEST_TIMEOUT_MS ?? 360_000) },
    async () => {
      const began = Date.now();
      const seconds = (ms: number) => (ms / 1000).toFixed(1);
      const random = seeded(SEED);
      const { database, url } = await freshDatabase();
      const { db } = database;
      const root = await mkdtemp(path.join(os.tmpdir(), "reskontra-kill-"));
      cleanup.push(() => rm(root, { recursive: true, force: true }));
      const mailDir = path.join(root, "mail");
      const catcher: MailCatcher = await startMailCatcher({ port: 0, dir: mailDir });
      cleanup.push(() => catcher.close());

      const dispatchIds: string[] = [];
      for (let i = 0; i < INVOICES; i++) {
        const fixture = await insertSubmittedInvoice(db, { deliveryMethod: "email" });
        dispatchIds.push(await insertQueuedDispatch(db, fixture, { channel: "email", createdAt: new Date() }));
      }
      const company = await insertRemindableCompany(db, { kind: "business", count: REMINDERS });
      const queue: RunningJobQueue = await startJobQueue({ database, url, logger: pino({ level: "silent" }) });
      cleanup.push(() => queue.stop());

      const env = {
        DATABASE_URL: url,
        SMTP_URL: catcher.url,
        DATA_DIR: path.join(root, "data"),
        PUBLIC_URL: "https://reskontra.test",
        INBOUND_SMTP_PORT: "",
      };
      const slots: SpawnedWorker[] = [spawnWorker(env), spawnWorker(env)];
      cleanup.push(async () => {
        for (const slot of slots) slot.kill("SIGKILL");
        await Promise.all(slots.map((slot) => slot.exited));
      });

      const traces = new Map<string, JobTrace>();
      let watching = true;
      const watcher = (async () => {
        while (watching) {
          await observe(database, traces);
          await sleep(200);
        }
      })();
      cleanup.push(async () => {
        watching = false;
        await watcher;
      });

      // Work arrives while the kills go on, as submissions do during a day: 3 invoices per round,
      // and the reminder run early, so each kill finds something in flight.
      const perRound = Math.ceil(INVOICES / KILLS);
      const kills: Kill[] = [];
      for (let k = 0; k < KILLS; k++) {
        const last = k === KILLS - 1;
        for (const dispatchId of dispatchIds.slice(k * perRound, last ? undefined : (k + 1) * perRound)) {
          await queue.jobs.send(dispatchInvoice, { dispatchId }, { singletonKey: dispatchId });
        }
        if (k === Math.min(2, KILLS - 1)) await queue.jobs.send(runReminders, { organizationId: company.organizationId });
        const index = k % 2;
        const victim = slots[index];
        if (!victim) throw new Error("no worker in the slot");
        await Promise.race([victim.started, victim.exited]);
        await sleep(Math.round(random() * MAX_LIFE_MS));
        victim.kill("SIGKILL");
        await victim.exited;
        const at = await dbNow(database);
        slots[index] = spawnWorker(env);
        const held = await heldBy(database, victim.pid);
        for (const id of held) if (!traces.has(id)) traces.set(id, { starts: [], completedAt: null, state: "active" });
        kills.push({ pid: victim.pid, at, held });
        if (process.env.KILL_TEST_VERBOSE) console.log(`kill ${k + 1} at ${seconds(Date.now() - began)}s: ${held.length} held`);
      }
      const killPhaseMs = Date.now() - began;

      const settled = async () => {
        const open = await database.executeSql(
          `SELECT (SELECT count(*) FROM dispatches WHERE status = 'queued')::int
              + (SELECT count(*) FROM outgoing_mails WHERE status = 'queued')::int AS open`,
        );
        const pending = [...traces.values()].filter((t) => t.state !== "completed" && t.state !== "failed").length;
        return Number(open.rows[0]?.open) + pending;
      };
      if (process.env.KILL_TEST_VERBOSE) {
        const poller = setInterval(
          () => void settled().then((n) => console.log(`${seconds(Date.now() - began)}s: ${n} open`)),
          5000,
        );
        cleanup.push(async () => clearInterval(poller));
      }
      // A row whose job was lost (killed between commit and enqueue) waits for the outbox sweep:
      // it runs every minute on rows older than a minute, so it can take two minutes, and a busy machine starts pg-boss's cron late.
      const settleLimitMs = SWEEP_MIN_AGE_MS + 120_000;
      try {
        await expect.poll(settled, { timeout: settleLimitMs, interval: 500 }).toBe(0);
      } catch (error) {
        console.error("kill test: still open after the kills —", JSON.stringify(await openWork(database, traces), null, 1));
        throw error;
      }
      watching = false;
      await watcher;

      // Outcomes: every document mailed once, or flagged uncertain and mailed at most once.
      const mails = await readCaughtMail(mailDir);
      const byMessageId = new Map<string, number>();
      for (const [index, mail] of mails.entries()) {
        const key = mail.messageId ?? `no-message-id-${index}`;
        byMessageId.set(key, (byMessageId.get(key) ?? 0) + 1);
      }
      const duplicates = [...byMessageId.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
      const documents = await database.executeSql(
        `SELECT 'dispatch-' || id || '@reskontra' AS message_id, status::text AS status, document_kind AS kind FROM dispatches
       UNION ALL SELECT 'mail-' || id || '@reskontra', status::text, 'mail' FROM outgoing_mails`,
      );
      const rows = documents.rows.map((r) => ({
        messageId: `<${String(r.message_id)}>`,
        status: String(r.status),
        kind: String(r.kind),
      }));
      const uncertain = rows.filter((r) => r.status === "uncertain").length;
      const lost = rows.filter(
        (r) => r.status === "queued" || r.status === "failed" || (r.status === "sent" && !byMessageId.has(r.messageId)),
      ).length;
      const reminders = rows.filter((r) => r.kind === "reminder").length;

      const delays = resumeDelays(kills, traces);
      const worst = Math.max(0, ...delays);
      const median = [...delays].sort((a, b) => a - b)[Math.floor(delays.length / 2)] ?? 0;
      const heldTotal = kills.reduce((sum, k) => sum + k.held.length, 0);
      const givenUp = [...traces.values()].filter((t) => t.state === "failed").length;
      console.log(
        `kill test: kills=${kills.length} jobs=${rows.length + 1} held-at-kill=${heldTotal} duplicates=${duplicates} ` +
          `lost=${lost} uncertain=${uncertain} given-up=${givenUp} worst-resume=${seconds(worst)}s median-resume=${seconds(median)}s ` +
          `kill-phase=${seconds(killPhaseMs)}s total=${seconds(Date.now() - began)}s seed=${SEED}`,
      );

      if (process.env.KILL_TEST_VERBOSE) {
        const open = [...traces.entries()].filter(([, t]) => t.completedAt === null);
        console.log("delays (s):", delays.map((d) => seconds(d)).join(" "), "not completed:", JSON.stringify(open));
      }
      expect(kills).toHaveLength(KILLS);
      expect(reminders).toBe(REMINDERS);
      expect(rows.filter((r) => r.kind === "invoice")).toHaveLength(INVOICES);
      expect(duplicates).toBe(0);
      expect(lost).toBe(0);
      // The kills hit work in flight, or the figures below would say nothing.
      expect(heldTotal).toBeGreaterThan(0);
      expect(delays.length).toBeGreaterThan(0);
      expect(worst).toBeLessThan(RESUME_LIMIT_MS);
    },
  );
});

async function freshDatabase(): Promise<{ database: Database; url: string }> {
  const admin = await createDb(SERVER_URL, { max: 1 });
  const name = `reskontra_kill_${randomBytes(6).toString("hex")}`;
  await admin.executeSql(`CREATE DATABASE ${name}`);
  const target = new URL(SERVER_URL);
  target.pathname = `/${name}`;
  const url = target.toString();
  const database = await createDb(url, { max: 4 });
  cleanup.push(async () => {
    await database.close();
    await admin.executeSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  });
  await migrate(database);
  return { database, url };
}

/** What a failed settle waits on: the queued rows with their jobs, and the traced jobs not finished. */
async function openWork(database: Database, traces: Map<string, JobTrace>): Promise<unknown> {
  const { rows } = await database.executeSql(
    `WITH open_rows AS (
       SELECT 'dispatch' AS kind, id::text AS id, created_at FROM dispatches WHERE status = 'queued'
       UNION ALL SELECT 'mail', id::text, created_at FROM outgoing_mails WHERE status = 'queued')
     SELECT o.kind, o.id, o.created_at, now() AS now, j.state::text AS job_state, j.retry_count, j.start_after, j.output
     FROM open_rows o LEFT JOIN pgboss.job j ON j.singleton_key = o.id`,
  );
  const pending = [...traces.entries()].filter(([, t]) => t.state !== "completed" && t.state !== "failed");
  return { rows, pending };
}

async function dbNow(database: Database): Promise<Date> {
  const { rows } = await database.executeSql("SELECT now() AS now");
  return toDate(rows[0]?.now) ?? new Date();
}

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  return typeof value === "string" ? new Date(value) : null;
}

/** The jobs the killed process was running: its holds on jobs still active. */
async function heldBy(database: Database, pid: number): Promise<string[]> {
  const { rows } = await database.executeSql(
    `SELECT h.job_id::text AS id FROM worker_job_holds h
     JOIN worker_instances w ON w.id = h.instance_id
     JOIN pgboss.job j ON j.id = h.job_id AND j.state = 'active'
     WHERE w.pid = $1`,
    [String(pid)],
  );
  return rows.map((r) => String(r.id));
}

async function observe(database: Database, traces: Map<string, JobTrace>): Promise<void> {
  const ids = [...traces.entries()].filter(([, t]) => t.completedAt === null && t.state !== "failed").map(([id]) => id);
  if (ids.length === 0) return;
  const { rows } = await database.executeSql(
    `SELECT id::text AS id, state::text AS state, started_on, completed_on FROM pgboss.job WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  for (const row of rows) {
    const trace = traces.get(String(row.id));
    if (!trace) continue;
    trace.state = String(row.state);
    const started = toDate(row.started_on);
    const last = trace.starts.at(-1);
    if (started && (!last || started.getTime() > last.getTime())) trace.starts.push(started);
    if (trace.state === "completed") trace.completedAt = toDate(row.completed_on);
  }
}

/**
 * For each job a kill caught: from the restart (the kill's instant) until the job completed, or,
 * when a later kill caught the job again, until it had been started again before that kill. A job
 * that used up its retries by being killed over and over is left out (and counted as given up).
 */
function resumeDelays(kills: Kill[], traces: Map<string, JobTrace>): number[] {
  const delays: number[] = [];
  for (const kill of kills) {
    for (const id of kill.held) {
      const trace = traces.get(id);
      const restart = trace?.starts.find((s) => s.getTime() > kill.at.getTime());
      const caughtAgain = kills.some((later) => later.at.getTime() > kill.at.getTime() && later.held.includes(id));
      const end = caughtAgain ? restart : (trace?.completedAt ?? undefined);
      // Given up after its retries (killed that often): counted apart, its document comes by the outbox sweep.
      if (trace?.state === "failed" && !caughtAgain) continue;
      delays.push(end ? end.getTime() - kill.at.getTime() : Number.POSITIVE_INFINITY);
    }
  }
  return delays;
}

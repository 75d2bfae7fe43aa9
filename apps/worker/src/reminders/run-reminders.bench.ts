import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { queryRows, type Db } from "@reskontra/db";
import { createBenchDatabase, reportGoal, type BenchDatabase } from "@reskontra/db/testing";
import { REMINDER_LEGAL_LIMITS, REMINDER_NEW_DUE_DAYS, BUSINESS_FIXED_COMPENSATION_CENTS } from "@reskontra/domain";
import { BOSS_SCHEMA, dispatchInvoice, startJobQueue, type RunningJobQueue } from "@reskontra/jobs";
import { dueCondition, dueFrom } from "@reskontra/usecases/reminders";
import { sql } from "drizzle-orm";
import pino from "pino";
import { bench, describe } from "vitest";
import { dispatchJob } from "../dispatch/dispatch-job";
import { jobContext, recordingQueue, startHarness, type Harness } from "../invoices/test-support/job-harness";
import type { JobContext } from "../jobs/job-context";
import { startWorker } from "../worker";
import { defaultRenderThreads } from "../config";
import { ensureBuilt } from "../../../../tooling/bundle-node.mjs";
import { runRemindersJob } from "./run-reminders";
import { insertOpenInvoices } from "./test-support/open-invoices";
import { insertRemindableCompany } from "./test-support/reminder-fixtures";
import { startCatcherProcess } from "./test-support/catcher-child";
import { createMailer, type Mailer } from "@reskontra/mail";

/**
 * The daily reminder run, whole (select, plan, reminders, fees, dispatch rows, events, audit, jobs),
 * over 100 k open invoices (1 M with BENCH_SCALE=1m) on the real PostgreSQL, against one set-based
 * SQL statement that writes the identical rows (the checksum must match, or the bench fails); and
 * reminder deliveries per second through the real worker (pg-boss, PDF, the SMTP catcher) against
 * the same delivery called directly, 10 at a time. Each figure is reported with `reportGoal`.
 */
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const LARGE = process.env.BENCH_SCALE === "1m";
const INVOICES = Number(process.env.BENCH_INVOICES ?? (LARGE ? 1_000_000 : 100_000));
const CUSTOMERS = INVOICES / 10;
const COMPANIES = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
// Enough that starting and stopping the worker (pg-boss, the render thread: about a second) weigh
// little, as they do against a day's 177 784; counted in the figure all the same.
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 5000);
const DIRECT_DELIVERIES = Number(process.env.BENCH_DIRECT_DELIVERIES ?? 500);
const TODAY = "2026-11-23";
/** 09:00 Helsinki on TODAY; each round moves a second on, so its rows are told apart by their instant. */
const runInstant = (round: number) => new Date(Date.parse(`${TODAY}T07:00:00Z`) + round * 1000);
const logger = pino({ level: "silent" });
const seconds = (ms: number) => ms / 1000;

async function databaseUrl(database: BenchDatabase): Promise<string> {
  const [row] = await queryRows<{ name: string }>(database.db, sql`SELECT current_database() AS name`);
  const url = new URL(SERVER);
  url.pathname = `/${row?.name ?? ""}`;
  return url.toString();
}

const C = REMINDER_LEGAL_LIMITS.consumer;
const B = REMINDER_LEGAL_LIMITS.business;

/**
 * The baseline: the whole run as one statement — the due invoices (the run's own WHERE), each
 * reminder's amounts (fee capped by the law, late interest over one half-year, the business
 * compensation once per invoice, the channel the buyer can receive), and the dispatches,
 * reminders, events, audit rows and pg-boss jobs. It covers what this fixture holds (interest
 * within today's half-year); the checksum against the run tells if it ever does not.
 */
function setBasedRun(now: Date) {
  const at = now.toISOString();
  return sql`WITH due AS (
      SELECT i.id AS invoice_id, i.organization_id, i.customer_id, r.id AS rule_id, r.customer_kind,
        coalesce(h.n, 0) + 1 AS sequence, i.gross_cents - i.paid_cents AS open_cents, i.due_date,
        least(r.fee_cents, CASE r.customer_kind WHEN 'consumer' THEN ${C.maxFeeCents}::int ELSE ${B.maxFeeCents}::int END) AS fee_cents,
        CASE WHEN r.customer_kind = 'business' AND r.claim_compensation AND NOT coalesce(h.compensated, false)
          THEN ${BUSINESS_FIXED_COMPENSATION_CENTS}::int ELSE 0 END AS compensation_cents,
        CASE
          WHEN r.channel = 'post' THEN 'post'
          WHEN r.channel = 'email' AND coalesce(i.buyer_snapshot->>'email', '') <> '' THEN 'email'
          WHEN coalesce(i.buyer_snapshot->>'einvoiceAddress', '') <> '' AND coalesce(i.buyer_snapshot->>'einvoiceOperator', '') <> '' THEN 'einvoice'
          WHEN coalesce(i.buyer_snapshot->>'email', '') <> '' THEN 'email'
          ELSE 'post' END AS channel,
        rr.rate_bp + CASE r.customer_kind WHEN 'consumer' THEN ${C.interestMarginBp}::int ELSE ${B.interestMarginBp}::int END AS rate_bp,
        rr.rate_bp AS reference_rate_bp, ${TODAY}::date - i.due_date AS days
      FROM ${dueFrom()}
      JOIN reference_rates rr ON ${TODAY}::date BETWEEN rr.from_date AND rr.to_date AND i.due_date >= rr.from_date - 1
      WHERE ${dueCondition(TODAY)}
    ),
    -- Actual days / 365 at reference + margin, rounded half up once (integer division of positives floors).
    planned AS (
      SELECT *, (open_cents::bigint * rate_bp * days + 1825000) / 3650000 AS interest_cents FROM due
    ),
    input AS (
      SELECT *, 'reminder:' || invoice_id || ':' || sequence AS key,
        CASE WHEN interest_cents > 0 THEN jsonb_build_array(jsonb_build_object(
          'from', to_char(due_date + 1, 'YYYY-MM-DD'), 'to', ${TODAY}::text, 'days', days,
          'referenceRateBp', reference_rate_bp, 'rateBp', rate_bp, 'cents', interest_cents)) ELSE '[]'::jsonb END AS periods
      FROM planned
    ),
    d AS (
      INSERT INTO dispatches (invoice_id, document_kind, channel, idempotency_key, created_at)
      SELECT invoice_id, 'reminder', channel::delivery_method, key, ${at}::timestamptz FROM input
      ON CONFLICT DO NOTHING RETURNING id, idempotency_key
    ),
    r AS (
      INSERT INTO reminders (organization_id, invoice_id, sequence, rule_id, customer_id, customer_kind, dispatch_id,
        channel, run_date, new_due_date, open_cents, fee_cents, interest_cents, interest_rate_bp, interest_periods,
        interest_missing, compensation_cents, created_at)
      SELECT i.organization_id, i.invoice_id, i.sequence, i.rule_id, i.customer_id, i.customer_kind, d.id,
        i.channel::delivery_method, ${TODAY}::date, ${TODAY}::date + ${REMINDER_NEW_DUE_DAYS}::int, i.open_cents, i.fee_cents,
        i.interest_cents, CASE WHEN i.interest_cents > 0 THEN i.rate_bp END, i.periods, '[]'::jsonb, i.compensation_cents,
        ${at}::timestamptz
      FROM input i JOIN d ON d.idempotency_key = i.key
      RETURNING *
    ),
    details AS (
      SELECT r.*, jsonb_build_object('sequence', sequence, 'ruleId', rule_id, 'channel', channel, 'feeCents', fee_cents,
        'interestCents', interest_cents, 'compensationCents', compensation_cents, 'openCents', open_cents,
        'newDueDate', to_char(new_due_date, 'YYYY-MM-DD'), 'dispatchId', dispatch_id) AS params FROM r
    ),
    e AS (
      INSERT INTO reminder_events (organization_id, rule_id, invoice_id, reminder_id, kind, params, at)
      SELECT organization_id, rule_id, invoice_id, id, 'created', params, ${at}::timestamptz FROM details
    ),
    a AS (
      INSERT INTO audit_log (at, actor_user_id, organization_id, action, entity_type, entity_id, after)
      SELECT ${at}::timestamptz, NULL, organization_id, 'reminder.created', 'invoice', invoice_id::text, params FROM details
    ),
    j AS (
      INSERT INTO ${sql.identifier(BOSS_SCHEMA)}.job (name, data, singleton_key, retry_limit, retry_delay, retry_backoff, policy)
      SELECT ${dispatchInvoice.name}, jsonb_build_object('dispatchId', dispatch_id), dispatch_id::text, 8, 2, true, q.policy
      FROM details, ${sql.identifier(BOSS_SCHEMA)}.queue q WHERE q.name = ${dispatchInvoice.name}
      ON CONFLICT DO NOTHING
    )
    SELECT count(*)::int AS n FROM details`;
}

/**
 * What a run wrote at instant `at`, as one checksum: reminders, their dispatches, events, audit and jobs.
 * Dispatch ids are new uuids in every run, so rows are compared by the dispatch's idempotency key instead.
 */
async function checksum(db: Db, at: Date): Promise<string> {
  const iso = at.toISOString();
  const [row] = await queryRows<{ sum: string }>(
    db,
    sql`SELECT concat_ws('|',
        (SELECT md5(coalesce(string_agg(concat_ws(',', m.invoice_id, m.sequence, m.rule_id, m.customer_kind, m.channel,
            m.new_due_date, m.open_cents, m.fee_cents, m.interest_cents, m.interest_rate_bp, m.interest_periods::text,
            m.interest_missing::text, m.compensation_cents, d.idempotency_key, d.status, d.channel), ';' ORDER BY m.invoice_id), ''))
          FROM reminders m JOIN dispatches d ON d.id = m.dispatch_id WHERE m.created_at = ${iso}::timestamptz),
        (SELECT md5(coalesce(string_agg(concat_ws(',', invoice_id, (params - 'dispatchId')::text), ';' ORDER BY invoice_id), ''))
          FROM reminder_events WHERE at = ${iso}::timestamptz AND kind = 'created'),
        (SELECT md5(coalesce(string_agg(concat_ws(',', entity_id, ("after" - 'dispatchId')::text), ';' ORDER BY entity_id), ''))
          FROM audit_log WHERE at = ${iso}::timestamptz AND action = 'reminder.created'),
        -- Each run starts with no dispatch jobs (undoRun), so the queue's jobs are this run's.
        (SELECT count(DISTINCT singleton_key) FROM ${sql.identifier(BOSS_SCHEMA)}.job WHERE name = ${dispatchInvoice.name})) AS sum`,
  );
  return row?.sum ?? "";
}

/**
 * Removes a run's reminders, dispatches, events and jobs (the audit log is append-only; its rows
 * differ by instant). The foreign-key checks are switched off for these deletes: they remove one
 * run's rows in dependency order, and reminder_events.reminder_id has no index (nothing looks events
 * up by reminder), so each deleted reminder's check scanned the events table — at 177 784 reminders
 * that clean-up ran for more than 7 minutes.
 */
async function undoRun(db: Db, at: Date) {
  const iso = at.toISOString();
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql`DELETE FROM ${sql.identifier(BOSS_SCHEMA)}.job WHERE name = ${dispatchInvoice.name}`);
    await tx.execute(sql`DELETE FROM reminder_events WHERE at = ${iso}::timestamptz`);
    await tx.execute(sql`DELETE FROM reminders WHERE created_at = ${iso}::timestamptz`);
    await tx.execute(sql`DELETE FROM dispatches WHERE created_at = ${iso}::timestamptz`);
  });
  // The deleted rows are dead tuples the next round would scan; the run must start on clean tables.
  await db.execute(sql`VACUUM ANALYZE reminder_events, reminders, dispatches`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function fullRunAgainstSql() {
  const database = await createBenchDatabase(SERVER, "reskontra_bench_reminder_run", { max: 4 });
  let queue: RunningJobQueue | undefined;
  try {
    const started = performance.now();
    await insertOpenInvoices(database, { companies: COMPANIES, customers: CUSTOMERS, invoices: INVOICES, today: TODAY });
    queue = await startJobQueue({ database, url: await databaseUrl(database), logger });
    console.log(`fixtures: ${INVOICES} open invoices in ${seconds(performance.now() - started).toFixed(1)} s`);
    const products: number[] = [];
    const baselines: number[] = [];
    let made = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved: the run, then the SQL, on the same rows, each undone before the other.
      const runAt = runInstant(2 * round);
      const ctx: JobContext = {
        db: database.db,
        clock: () => runAt,
        logger,
        config: {} as JobContext["config"],
        jobs: queue.jobs,
        mailer: null,
      };
      const product = await timed(() => runRemindersJob(ctx));
      const productSum = await checksum(database.db, runAt);
      await undoRun(database.db, runAt);
      const sqlAt = runInstant(2 * round + 1);
      const baseline = await timed(() => queryRows<{ n: number }>(database.db, setBasedRun(sqlAt)));
      const baselineSum = await checksum(database.db, sqlAt);
      await undoRun(database.db, sqlAt);
      made = product.result.created;
      if (productSum !== baselineSum || baseline.result[0]?.n !== made) {
        throw new Error(
          `the run and the set-based SQL wrote different rows: ${made} vs ${baseline.result[0]?.n} (${productSum} vs ${baselineSum})`,
        );
      }
      products.push(product.ms);
      baselines.push(baseline.ms);
      console.log(
        `round ${round + 1}: run ${seconds(product.ms).toFixed(1)} s, SQL ${seconds(baseline.ms).toFixed(1)} s, ${made} reminders, checksum equal`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    reportGoal({
      name: `daily reminder run, full, ${INVOICES.toLocaleString("fi-FI")} open invoices → ${made.toLocaleString("fi-FI")} reminders`,
      unit: "s",
      product: seconds(median(products)),
      baseline: seconds(median(baselines)),
      goals: LARGE
        ? [
            { kind: "ratio-at-most", value: 2 },
            { kind: "at-most", value: 60 },
          ]
        : [{ kind: "ratio-at-most", value: 2 }],
    });
  } finally {
    await queue?.stop();
    await database.drop();
  }
}

/** `count` e-mailed business invoices due for their first reminder in one new company: one by the fixture, the rest copied set-wise. */
async function remindableCompany(db: Db, count: number): Promise<string> {
  const company = await insertRemindableCompany(db, { kind: "business" });
  const first = company.invoiceIds[0] ?? "";
  await db.execute(sql`
    INSERT INTO invoices (organization_id, user_id, customer_id, status, sequence, invoice_number, reference, issue_date,
      due_date, payment_terms_days, delivery_method, net_cents, vat_cents, gross_cents, buyer_snapshot, sent_at)
    SELECT organization_id, user_id, customer_id, status, sequence + g, invoice_number || '-' || g, reference, issue_date,
      due_date, payment_terms_days, delivery_method, net_cents, vat_cents, gross_cents, buyer_snapshot, sent_at
    FROM invoices, generate_series(1, ${count - 1}) g WHERE id = ${first}`);
  await db.execute(sql`
    INSERT INTO invoice_rows (invoice_id, position, description, quantity_milli, unit_price_cents, vat_rate_bp, net_cents,
      vat_cents, gross_cents)
    SELECT i.id, r.position, r.description, r.quantity_milli, r.unit_price_cents, r.vat_rate_bp, r.net_cents, r.vat_cents,
      r.gross_cents
    FROM invoices i JOIN invoice_rows r ON r.invoice_id = ${first}
    WHERE i.organization_id = ${company.organizationId} AND i.id <> ${first}`);
  return company.organizationId;
}

async function queuedLeft(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM dispatches WHERE status = 'queued'`);
  return row?.n ?? 0;
}

async function deliveriesThroughWorker() {
  const database = await createBenchDatabase(SERVER, "reskontra_bench_reminder_delivery", { max: 8 });
  let harness: Harness | undefined;
  let catcher: Awaited<ReturnType<typeof startCatcherProcess>> | undefined;
  let mailer: Mailer | undefined;
  try {
    harness = await startHarness();
    // The SMTP server runs in a process of its own, as in production; it stores into the harness's folder.
    catcher = await startCatcherProcess(harness.mailDir);
    mailer = createMailer(catcher.url);
    const config = { ...harness.config, smtpUrl: catcher.url };
    const url = await databaseUrl(database);
    const now = () => new Date();
    // Baseline: the same delivery called directly, 10 at a time, no queue.
    const direct = await remindableCompany(database.db, DIRECT_DELIVERIES);
    const recorded = recordingQueue();
    const ctx = jobContext(database.db, harness, { clock: now, jobs: recorded, mailer, config });
    await runRemindersJob(ctx, { organizationId: direct });
    const ids = recorded.sent.map((j) => (j.payload as { dispatchId: string }).dispatchId);
    const baseline = await timed(async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (next < ids.length) await dispatchJob(ctx, ids[next++] ?? "");
        }),
      );
    });
    if ((await queuedLeft(database.db)) !== 0) throw new Error("direct delivery left dispatches queued");

    // Product: the run enqueues its jobs; the real worker delivers them.
    const organizationId = await remindableCompany(database.db, DELIVERIES);
    const queue = await startJobQueue({ database, url, logger });
    await runRemindersJob({ ...ctx, jobs: queue.jobs }, { organizationId });
    await queue.stop();
    // The render threads run the built worker entry, as in production (dispatch/render-pool.ts).
    let threads = 0;
    let startMs = 0;
    const { outdir } = await ensureBuilt({ cwd: fileURLToPath(new URL("../..", import.meta.url)), entries: ["src/main.ts"] });
    const product = await timed(async () => {
      const starting = performance.now();
      const worker = await startWorker({
        database,
        url,
        clock: now,
        logger,
        config: { ...config, renderThreads: defaultRenderThreads() },
        renderThreadEntry: path.join(outdir, "main.js"),
      });
      startMs = performance.now() - starting;
      while ((await queuedLeft(database.db)) > 0) await new Promise((resolve) => setTimeout(resolve, 200));
      threads = worker.renderThreads();
      await worker.stop();
    });
    // Counted, not parsed: reading back tens of thousands of PDFs would outlast the delivery itself.
    const caught = (await readdir(harness.mailDir)).filter((name) => name.endsWith(".eml")).length;
    if (caught < DELIVERIES + DIRECT_DELIVERIES) throw new Error(`only ${caught} mails reached the catcher`);
    const perSecond = (n: number, ms: number) => n / seconds(ms);
    console.log(
      `delivery: worker ${perSecond(DELIVERIES, product.ms).toFixed(1)}/s (${DELIVERIES} in ${seconds(product.ms).toFixed(1)} s), ` +
        `direct 10 at a time ${perSecond(DIRECT_DELIVERIES, baseline.ms).toFixed(1)}/s; ${threads} render thread(s); ` +
        `the worker started in ${startMs.toFixed(0)} ms`,
    );
    reportGoal({
      name: `reminder deliveries through the worker (PDF + e-mail to the SMTP catcher), ${DELIVERIES} queued`,
      unit: "per s",
      product: perSecond(DELIVERIES, product.ms),
      baseline: perSecond(DIRECT_DELIVERIES, baseline.ms),
      // 177 784 reminders within 15 minutes.
      goals: [{ kind: "at-least", value: 200 }],
    });
  } finally {
    mailer?.close();
    await catcher?.close();
    await harness?.close();
    await database.drop();
  }
}

const once = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 };

describe(`the daily reminder run over ${INVOICES} open invoices, and delivering its reminders (PostgreSQL)`, () => {
  bench("full run vs one set-based SQL statement writing the identical rows", fullRunAgainstSql, once);
  bench(`deliveries per second through the real worker, ${DELIVERIES} queued`, deliveriesThroughWorker, once);
});

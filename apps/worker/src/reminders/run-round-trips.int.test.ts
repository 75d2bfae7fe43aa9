import { countingDb, createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import type { JobDefinition, JobQueue, SendOptions } from "@reskontra/jobs";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkerConfig } from "../config";
import type { JobContext } from "../jobs/job-context";
import { runRemindersJob } from "./run-reminders";
import { insertRemindableCompany } from "./test-support/reminder-fixtures";

/**
 * A round trip per reminder must never creep back into the daily run: the statements the run
 * sends to the database, and the calls it makes to the job queue, are counted for a company with
 * 1 000 due invoices and one with 2 000. Doubling the reminders must not add a single statement.
 */

let database: TestDatabase;
const closers: Array<() => Promise<unknown>> = [];

// Building the migrated template can take minutes on a loaded machine.
beforeAll(async () => {
  database = await createTestDatabase();
}, 600_000);
afterAll(async () => {
  for (const close of closers) await close();
  await database?.dispose();
});

/** A queue that counts its calls: each is one round trip to pg-boss in production. */
function countingQueue(): JobQueue & { calls: number; jobs: number } {
  const queue = {
    calls: 0,
    jobs: 0,
    async send(_definition: JobDefinition, _payload: unknown, _options?: SendOptions) {
      queue.calls += 1;
      queue.jobs += 1;
      return `job-${queue.jobs}`;
    },
    async sendMany(_definition: JobDefinition, jobs: readonly unknown[]) {
      queue.calls += 1;
      queue.jobs += jobs.length;
      return jobs.length;
    },
  };
  return queue;
}

/** A company with `count` invoices due for their first reminder: one made by the fixture, the rest copied set-wise. */
async function companyWithDueInvoices(count: number): Promise<string> {
  const company = await insertRemindableCompany(database.db, { kind: "business" });
  await database.db.execute(sql`
    INSERT INTO invoices (organization_id, user_id, customer_id, status, sequence, invoice_number, reference, issue_date,
      due_date, payment_terms_days, delivery_method, net_cents, vat_cents, gross_cents, buyer_snapshot, sent_at)
    SELECT organization_id, user_id, customer_id, status, sequence + g, invoice_number || '-' || g, reference, issue_date,
      due_date, payment_terms_days, delivery_method, net_cents, vat_cents, gross_cents, buyer_snapshot, sent_at
    FROM invoices, generate_series(1, ${count - 1}) g
    WHERE id = ${company.invoiceIds[0] ?? ""}`);
  return company.organizationId;
}

async function measuredRun(count: number) {
  const organizationId = await companyWithDueInvoices(count);
  const counting = await countingDb(database);
  closers.push(() => counting.close());
  const jobs = countingQueue();
  const ctx: JobContext = {
    db: counting.db,
    clock: () => new Date("2026-12-01T08:00:00Z"),
    logger: pino({ level: "silent" }),
    config: {} as WorkerConfig,
    jobs,
    mailer: null,
  };
  const summary = await runRemindersJob(ctx, { organizationId });
  return { summary, statements: counting.statements(), queueCalls: jobs.calls, jobs: jobs.jobs };
}

describe("the daily run's round trips", () => {
  it("stay the same for 1 000 and 2 000 reminders: no statement or enqueue per reminder", { timeout: 600_000 }, async () => {
    const small = await measuredRun(1000);
    const large = await measuredRun(2000);
    expect(small.summary).toMatchObject({ created: 1000, enqueued: 1000 });
    expect(large.summary).toMatchObject({ created: 2000, enqueued: 2000 });
    expect(small.jobs).toBe(1000);
    expect(large.jobs).toBe(2000);
    // Select, rules, rates, one batch statement, one queued-of-the-day select (plus transaction control).
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(10);
    expect(large.queueCalls).toBe(small.queueCalls);
    expect(large.queueCalls).toBe(1);
  });
});

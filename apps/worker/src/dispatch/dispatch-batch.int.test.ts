import { randomUUID } from "node:crypto";
import { queryRows, type Db } from "@reskontra/db";
import { countingDb } from "@reskontra/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { jobContext, recordingQueue, useWorkerTestEnvironment } from "../invoices/test-support/job-harness";
import type { JobContext } from "../jobs/job-context";
import { runRemindersJob } from "../reminders/run-reminders";
import { insertRemindableCompany } from "../reminders/test-support/reminder-fixtures";
import { dispatchJob, dispatchJobs } from "./dispatch-job";

/**
 * The worker takes dispatches a batch at a time and shares the batch's database work; each
 * dispatch still gets its own outcome, and what one dispatch does wrong fails it alone.
 */

const env = useWorkerTestEnvironment();
const closers: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const close of closers) await close();
});

const RUN_AT = new Date("2026-12-01T08:00:00Z");

/** A company with `count` due invoices, its reminder run made: the run's queued reminder dispatches. */
async function queuedReminders(count: number): Promise<{ ids: string[]; buyerEmail: string; invoiceIds: string[] }> {
  const company = await insertRemindableCompany(env.database.db, { kind: "business", count });
  const jobs = recordingQueue();
  await runRemindersJob(context(env.database.db, { jobs }), { organizationId: company.organizationId });
  const ids = jobs.sent.map((job) => (job.payload as { dispatchId: string }).dispatchId);
  expect(ids).toHaveLength(count);
  return { ids, buyerEmail: company.buyerEmail, invoiceIds: company.invoiceIds };
}

function context(db: Db, overrides: Partial<JobContext> = {}): JobContext {
  return jobContext(db, env.harness, { clock: () => RUN_AT, ...overrides });
}

async function counted() {
  const counting = await countingDb(env.database);
  closers.push(() => counting.close());
  return counting;
}

async function mailsTo(address: string): Promise<number> {
  return (await env.harness.caught()).filter((mail) => mail.to.includes(address)).length;
}

describe("delivering a batch of dispatches", () => {
  it("gives each dispatch its own outcome, in order: sent, already settled, refused, unknown", { timeout: 120_000 }, async () => {
    const { ids, buyerEmail, invoiceIds } = await queuedReminders(8);
    const [first, ...rest] = ids;
    const { db } = env.database;
    expect(await dispatchJob(context(db), first ?? "")).toBe("sent");
    // The last reminder's invoice no longer adds up: its document is refused, the others go.
    await db.execute(
      sql`UPDATE invoice_rows SET net_cents = net_cents + 100
          WHERE invoice_id = (SELECT invoice_id FROM dispatches WHERE id = ${ids.at(-1) ?? ""})`,
    );
    const missing = randomUUID();

    const outcomes = await dispatchJobs(context(db), [first ?? "", ...rest, missing]);

    expect(outcomes).toEqual(["skipped", ...rest.slice(0, -1).map(() => "sent"), "failed", "missing"]);
    expect(await mailsTo(buyerEmail)).toBe(7);
    const [counts] = await queryRows<{ sent: number; events: number; audit: number; notices: number; failed: number }>(
      db,
      sql`SELECT
            (SELECT count(*)::int FROM reminders WHERE dispatch_id IN ${ids} AND sent_at IS NOT NULL) AS sent,
            (SELECT count(*)::int FROM reminder_events WHERE reminder_id IN (SELECT id FROM reminders WHERE dispatch_id IN ${ids})
               AND kind = 'sent') AS events,
            (SELECT count(*)::int FROM audit_log WHERE action = 'reminder.sent' AND entity_id IN ${invoiceIds}) AS audit,
            (SELECT count(*)::int FROM notifications WHERE kind = 'reminder_sent' AND invoice_id IN ${invoiceIds}) AS notices,
            (SELECT count(*)::int FROM dispatches WHERE id IN ${ids} AND status = 'failed'
               AND failure_reason = 'invoice_data_invalid') AS failed`,
    );
    expect(counts).toEqual({ sent: 7, events: 7, audit: 7, notices: 7, failed: 1 });

    // Run again, as a retried job would be: nothing more is sent or recorded.
    expect(await dispatchJobs(context(db), ids)).toEqual(ids.map(() => "skipped"));
    expect(await mailsTo(buyerEmail)).toBe(7);
  });

  it(
    "costs the database a fixed number of statements per batch, and at most one more per e-mail for its done mark",
    { timeout: 120_000 },
    async () => {
      const sideEffects = /\bside_effects\b/;
      const measure = async (count: number) => {
        const { ids } = await queuedReminders(count);
        const counting = await counted();
        const outcomes = await dispatchJobs(context(counting.db), ids);
        expect(outcomes).toEqual(ids.map(() => "sent"));
        const handOver = counting.statements(sideEffects);
        return { rest: counting.statements() - handOver, handOver };
      };
      const ten = await measure(10);
      const twenty = await measure(20);
      // The SMTP hand-over's claims and "done" marks go together for the messages of one turn
      // (jobs/side-effect-once.ts), so how many statements they take depends on the mail server's
      // pace: at most two per message. Nothing else may grow with the batch.
      console.log(`statements for a batch of 10: ${JSON.stringify(ten)}, of 20: ${JSON.stringify(twenty)}`);
      expect(twenty.rest).toBe(ten.rest);
      expect(ten.rest).toBeLessThanOrEqual(12);
      expect(ten.handOver).toBeLessThanOrEqual(2 * 10);
      expect(twenty.handOver).toBeLessThanOrEqual(2 * 20);
    },
  );
});

import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { auditLog, dispatches, reminderEvents, reminders } from "@reskontra/db";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchInvoice } from "@reskontra/jobs";
import type { JobContext } from "../jobs/job-context";
import { dispatchJob } from "../dispatch/dispatch-job";
import { crashOnceAt, jobContext, recordingQueue, startHarness, type Harness } from "../invoices/test-support/job-harness";
import { runRemindersJob } from "./run-reminders";
import { insertRemindableCompany, invoiceStatus } from "./test-support/reminder-fixtures";

let database: TestDatabase;
let harness: Harness;

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  await database?.dispose();
});

/** 10:00 Helsinki on `date` (winter time). */
const at = (date: string) => new Date(`${date}T08:00:00Z`);

function context(date: string, overrides: Partial<JobContext> = {}) {
  const jobs = recordingQueue();
  return { jobs, ctx: jobContext(database.db, harness, { jobs, clock: () => at(date), ...overrides }) };
}

/** Runs every dispatch job the queue recorded, as the worker would (twice each: duplicates must be harmless). */
async function deliverAll(ctx: JobContext, sent: { name: string; payload: unknown }[]) {
  for (const job of sent.filter((j) => j.name === dispatchInvoice.name)) {
    const { dispatchId } = job.payload as { dispatchId: string };
    await dispatchJob(ctx, dispatchId);
    await dispatchJob(ctx, dispatchId);
  }
}

const mailsTo = async (address: string) => (await harness.caught()).filter((m) => m.to.includes(address));

describe("the daily run", () => {
  it("sends a due business reminder once, even when it runs twice that day", async () => {
    const company = await insertRemindableCompany(database.db, { kind: "business" });
    const [invoiceId = ""] = company.invoiceIds;
    // Due 23.11., rule 7 days: the first day is 30.11.
    const early = context("2026-11-29");
    expect((await runRemindersJob(early.ctx, { organizationId: company.organizationId })).created).toBe(0);

    const first = context("2026-11-30");
    expect(await runRemindersJob(first.ctx, { organizationId: company.organizationId })).toMatchObject({
      created: 1,
      runDate: "2026-11-30",
    });
    await deliverAll(first.ctx, first.jobs.sent);
    const second = context("2026-11-30");
    expect(await runRemindersJob(second.ctx, { organizationId: company.organizationId })).toMatchObject({
      created: 0,
      enqueued: 0,
    });
    await deliverAll(second.ctx, second.jobs.sent);

    const mails = await mailsTo(company.buyerEmail);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain("Maksumuistutus");
    expect(mails[0]?.attachments[0]?.filename).toMatch(/^maksumuistutus-\d+-M1\.pdf$/);

    const [reminder] = await database.db.select().from(reminders).where(eq(reminders.invoiceId, invoiceId));
    expect(reminder).toMatchObject({
      sequence: 1,
      feeCents: 1200,
      channel: "email",
      newDueDate: "2026-12-14",
      transactionFeeCents: 25,
    });
    expect(reminder?.sentAt).toBeInstanceOf(Date);
    // The invoice stays an open receivable; its history shows the reminder.
    expect(await invoiceStatus(database.db, invoiceId)).toBe("sent");
    const history = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "invoice"), eq(auditLog.entityId, invoiceId)))
      .orderBy(asc(auditLog.id));
    expect(history.map((h) => h.action)).toEqual(["reminder.created", "reminder.sent"]);
    const events = await database.db.select().from(reminderEvents).where(eq(reminderEvents.ruleId, company.ruleId));
    expect(events.map((e) => e.kind).sort()).toEqual(["created", "sent"]);
  });

  it("resumes a run killed half-way and sends each reminder exactly once", async () => {
    const company = await insertRemindableCompany(database.db, { kind: "business", count: 5 });
    const crashed = context("2026-12-01", { faults: crashOnceAt("batch-committed") });
    await expect(runRemindersJob(crashed.ctx, { organizationId: company.organizationId, batchSize: 2 })).rejects.toThrow(
      "injected crash at batch-committed",
    );
    // The first batch committed but was never enqueued.
    expect(crashed.jobs.sent).toHaveLength(0);
    expect(await database.db.select().from(reminders).where(eq(reminders.organizationId, company.organizationId))).toHaveLength(
      2,
    );

    const resumed = context("2026-12-01");
    const summary = await runRemindersJob(resumed.ctx, { organizationId: company.organizationId, batchSize: 2 });
    expect(summary).toMatchObject({ created: 3, enqueued: 5 });
    await deliverAll(resumed.ctx, resumed.jobs.sent);
    // A third run, e.g. the scheduled one after "run now", adds nothing.
    const again = context("2026-12-01");
    expect(await runRemindersJob(again.ctx, {})).toMatchObject({ created: 0 });

    const mails = await mailsTo(company.buyerEmail);
    expect(mails).toHaveLength(5);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(5);
    const rows = await database.db
      .select({ status: dispatches.status, sequence: reminders.sequence })
      .from(reminders)
      .innerJoin(dispatches, eq(dispatches.id, reminders.dispatchId))
      .where(eq(reminders.organizationId, company.organizationId));
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.status === "sent" && r.sequence === 1)).toBe(true);
  });

  it("keeps the consumer's 14 days after the due date and between reminders, and stops at the maximum count", async () => {
    const company = await insertRemindableCompany(database.db, { kind: "consumer", maxCount: 2 });
    const org = { organizationId: company.organizationId };
    const run = async (date: string) => {
      const { ctx, jobs } = context(date);
      const summary = await runRemindersJob(ctx, org);
      await deliverAll(ctx, jobs.sent);
      return summary.created;
    };
    expect(await run("2026-12-06")).toBe(0); // due 23.11. + 13
    expect(await run("2026-12-07")).toBe(1); // + 14
    expect(await run("2026-12-20")).toBe(0); // 13 days after the first reminder
    expect(await run("2026-12-21")).toBe(1);
    expect(await run("2027-01-31")).toBe(0); // two sent: the rule's maximum
    const rows = await database.db
      .select()
      .from(reminders)
      .where(eq(reminders.organizationId, company.organizationId))
      .orderBy(asc(reminders.sequence));
    expect(rows.map((r) => [r.sequence, r.runDate, r.newDueDate, r.feeCents])).toEqual([
      [1, "2026-12-07", "2026-12-21", 500],
      [2, "2026-12-21", "2027-01-04", 500],
    ]);
    expect(await mailsTo(company.buyerEmail)).toHaveLength(2);
  });

  it("sends an e-invoice reminder as a Finvoice INV08 message with the original number and reference", async () => {
    const company = await insertRemindableCompany(database.db, { kind: "business", channel: "einvoice" });
    const { ctx, jobs } = context("2026-12-02");
    expect((await runRemindersJob(ctx, { organizationId: company.organizationId })).created).toBe(1);
    await deliverAll(ctx, jobs.sent);
    const [reminder] = await database.db.select().from(reminders).where(eq(reminders.organizationId, company.organizationId));
    const [dispatch] = await database.db
      .select()
      .from(dispatches)
      .where(eq(dispatches.id, reminder?.dispatchId ?? ""));
    expect(dispatch).toMatchObject({ status: "sent", documentKind: "reminder", channel: "einvoice" });
    const dir = harness.config.einvoiceOutboxDir;
    const file = (await readdir(dir)).find((f) => f.includes(dispatch?.id ?? "?"));
    const xml = await readFile(path.join(dir, file ?? ""), "utf8");
    expect(xml).toContain(">INV08</InvoiceTypeCode>");
    expect(xml).toContain("<RowOriginalInvoiceIdentifier>");
    // 125,50 € open + 12,00 € fee + 0,32 € interest (9 days at 2,5 + 8 %): since 1.7.2026 interest is charged again.
    expect(xml).toContain('<EpiInstructedAmount AmountCurrencyIdentifier="EUR">137,82</EpiInstructedAmount>');
  });

  it("falls back to e-mail when a rule's e-invoice customer has no e-invoice address", async () => {
    const company = await insertRemindableCompany(database.db, {
      kind: "business",
      channel: "einvoice",
      buyer: { einvoiceAddress: null, einvoiceOperator: null },
    });
    const { ctx, jobs } = context("2026-12-02");
    await runRemindersJob(ctx, { organizationId: company.organizationId });
    await deliverAll(ctx, jobs.sent);
    const [reminder] = await database.db.select().from(reminders).where(eq(reminders.organizationId, company.organizationId));
    expect(reminder?.channel).toBe("email");
    expect(await mailsTo(company.buyerEmail)).toHaveLength(1);
  });
});

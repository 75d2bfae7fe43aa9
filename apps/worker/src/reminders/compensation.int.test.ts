import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { reminders } from "@reskontra/db";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchInvoice } from "@reskontra/jobs";
import { dispatchJob } from "../dispatch/dispatch-job";
import { jobContext, recordingQueue, startHarness, type Harness } from "../invoices/test-support/job-harness";
import { runRemindersJob } from "./run-reminders";
import { insertRemindableCompany } from "./test-support/reminder-fixtures";

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

/** One daily run at 10:00 Helsinki on `date`, its dispatches delivered; the Finvoice messages it wrote. */
async function runOn(date: string, organizationId: string) {
  const jobs = recordingQueue();
  const ctx = jobContext(database.db, harness, { jobs, clock: () => new Date(`${date}T08:00:00Z`) });
  await runRemindersJob(ctx, { organizationId });
  for (const job of jobs.sent.filter((j) => j.name === dispatchInvoice.name)) {
    const { dispatchId } = job.payload as { dispatchId: string };
    await dispatchJob(ctx, dispatchId);
  }
}

async function finvoiceOf(dispatchId: string): Promise<string> {
  const dir = harness.config.einvoiceOutboxDir;
  const file = (await readdir(dir)).find((f) => f.includes(dispatchId));
  return readFile(path.join(dir, file ?? ""), "utf8");
}

describe("the fixed 40 € compensation in the daily run", () => {
  it("is claimed once per invoice, as its own line of the first business reminder", async () => {
    const company = await insertRemindableCompany(database.db, {
      kind: "business",
      channel: "einvoice",
      claimCompensation: true,
    });
    await runOn("2026-12-02", company.organizationId);
    await runOn("2026-12-12", company.organizationId); // the rule's 10 days later: the second reminder
    const rows = await database.db
      .select()
      .from(reminders)
      .where(eq(reminders.organizationId, company.organizationId))
      .orderBy(asc(reminders.sequence));
    expect(rows.map((r) => [r.sequence, r.feeCents, r.compensationCents])).toEqual([
      [1, 1200, 4000],
      [2, 1200, 0],
    ]);
    const first = await finvoiceOf(rows[0]?.dispatchId ?? "?");
    expect(first).toContain("Kiinteä korvaus perintäkuluista");
    // 125,50 € open + 12,00 € fee + 40,00 € compensation + 0,32 € interest (24.11.–2.12.2026, 9 days at 2,5 + 8 %).
    expect(first).toContain('<EpiInstructedAmount AmountCurrencyIdentifier="EUR">177,82</EpiInstructedAmount>');
    expect(await finvoiceOf(rows[1]?.dispatchId ?? "?")).not.toContain("Kiinteä korvaus");
  });

  it("is not claimed when the rule leaves it off", async () => {
    const company = await insertRemindableCompany(database.db, { kind: "business", channel: "einvoice" });
    await runOn("2026-12-02", company.organizationId);
    const [row] = await database.db.select().from(reminders).where(eq(reminders.organizationId, company.organizationId));
    expect(row).toMatchObject({ sequence: 1, compensationCents: 0 });
  });
});

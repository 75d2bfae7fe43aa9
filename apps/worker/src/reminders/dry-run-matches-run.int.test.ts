import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { reminders } from "@reskontra/db";
import { dryRunReminders } from "@reskontra/usecases/reminders";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("the dry run", () => {
  it("shows as 'send' exactly the reminders the daily run then makes, with the same amounts", async () => {
    const company = await insertRemindableCompany(database.db, { kind: "business", count: 3, claimCompensation: true });
    const { organizationId } = company;
    // Due 23.11., business rule 7 days: on 30.11. every invoice is due for its first reminder.
    const ctx = jobContext(database.db, harness, { jobs: recordingQueue(), clock: () => new Date("2026-11-30T08:00:00Z") });

    const wouldSend = (await dryRunReminders(ctx, { organizationId }))
      .filter((item) => item.outcome === "send")
      .map((item) => ({
        invoiceId: item.invoiceId,
        sequence: item.sequence,
        feeCents: item.feeCents,
        interestCents: item.interestCents,
        compensationCents: item.compensationCents,
        channel: item.channel,
        newDueDate: item.newDueDate,
      }));
    await runRemindersJob(ctx, { organizationId });
    const made = await database.db
      .select({
        invoiceId: reminders.invoiceId,
        sequence: reminders.sequence,
        feeCents: reminders.feeCents,
        interestCents: reminders.interestCents,
        compensationCents: reminders.compensationCents,
        channel: reminders.channel,
        newDueDate: reminders.newDueDate,
      })
      .from(reminders)
      .where(eq(reminders.organizationId, organizationId));

    const byInvoice = (a: { invoiceId: string }, b: { invoiceId: string }) => (a.invoiceId < b.invoiceId ? -1 : 1);
    expect(wouldSend).toHaveLength(3);
    expect(made.sort(byInvoice)).toEqual(wouldSend.sort(byInvoice));
  });
});

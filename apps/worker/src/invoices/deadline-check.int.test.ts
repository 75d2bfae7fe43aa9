import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { alerts, auditLog, outgoingMails } from "@reskontra/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendMail } from "@reskontra/jobs";
import { sendOutgoingMailJob } from "../mail/send-outgoing-mail";
import { deadlineCheckJob } from "./deadline-check";
import { insertSubmittedInvoice } from "./test-support/invoice-fixtures";
import { jobContext, recordingQueue, startHarness, type Harness } from "./test-support/job-harness";

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

// Monday 23 November 2026, 15:00 in Helsinki (UTC+2).
const monday1500 = new Date("2026-11-23T13:00:00Z");

describe("deadline check", () => {
  it("on a business day raises one alert and sends one mail, however often it runs", async () => {
    const late = await insertSubmittedInvoice(database.db, { deadlineAt: new Date("2026-11-20T13:00:00Z") });
    const returned = await insertSubmittedInvoice(database.db, {
      status: "needs_correction",
      deadlineAt: new Date("2026-11-23T13:00:00Z"),
    });
    await insertSubmittedInvoice(database.db, { deadlineAt: new Date("2026-11-24T13:00:00Z") }); // tomorrow's promise
    await insertSubmittedInvoice(database.db, { status: "sent", deadlineAt: new Date("2026-11-20T13:00:00Z") });

    const jobs = recordingQueue();
    const ctx = jobContext(database.db, harness, { clock: () => monday1500, jobs });
    const first = await deadlineCheckJob(ctx);
    const second = await deadlineCheckJob(ctx);
    expect(first).toMatchObject({ status: "alerted", date: "2026-11-23" });
    expect(second).toEqual(first);

    const rows = await database.db.select().from(alerts).where(eq(alerts.kind, "deadline_missed"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      businessDate: "2026-11-23",
      payload: {
        invoices: [
          { id: late.invoiceId, invoiceNumber: late.invoiceNumber, deadlineAt: "2026-11-20T13:00:00.000Z" },
          { id: returned.invoiceId, invoiceNumber: returned.invoiceNumber, deadlineAt: "2026-11-23T13:00:00.000Z" },
        ],
      },
    });
    const raised = await database.db.select().from(auditLog).where(eq(auditLog.entityId, "deadline_missed:2026-11-23"));
    expect(raised.map((a) => a.action)).toEqual(["alert.raised"]);
    const lateHistory = await database.db.select().from(auditLog).where(eq(auditLog.entityId, late.invoiceId));
    expect(lateHistory.map((a) => a.action)).toEqual(["invoice.deadline_missed"]);

    const mails = await database.db
      .select()
      .from(outgoingMails)
      .where(eq(outgoingMails.idempotencyKey, "deadline-missed:2026-11-23"));
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    if (!mail) return;
    expect(jobs.sent.filter((j) => j.name === sendMail.name).map((j) => j.payload)).toEqual([
      { mailId: mail.id },
      { mailId: mail.id },
    ]);
    // Both enqueued jobs run: one mail leaves.
    expect(await sendOutgoingMailJob(ctx, mail.id)).toBe("sent");
    expect(await sendOutgoingMailJob(ctx, mail.id)).toBe("skipped");
    const caught = (await harness.caught()).filter((m) => m.to.includes("asiakaspalvelu@reskontra.fi"));
    expect(caught).toHaveLength(1);
    expect(caught[0]?.subject).toBe("Myöhästyneet laskut 23.11.2026: 2 kpl");
    expect(caught[0]?.text).toContain(`${late.invoiceNumber}, määräaika 20.11.2026 klo 15.00`);
    expect(caught[0]?.text).toContain(`https://reskontra.test/invoices/${late.invoiceId}`);
  });

  it("does nothing on a holiday that falls on a weekday (Christmas Eve 2026 is a Thursday)", async () => {
    await insertSubmittedInvoice(database.db, { deadlineAt: new Date("2026-12-23T13:00:00Z") });
    const jobs = recordingQueue();
    const ctx = jobContext(database.db, harness, { clock: () => new Date("2026-12-24T13:00:00Z"), jobs });
    expect(await deadlineCheckJob(ctx)).toEqual({ status: "not_business_day", date: "2026-12-24" });
    expect(await database.db.select().from(alerts).where(eq(alerts.businessDate, "2026-12-24"))).toEqual([]);
    expect(
      await database.db.select().from(outgoingMails).where(eq(outgoingMails.idempotencyKey, "deadline-missed:2026-12-24")),
    ).toEqual([]);
    expect(jobs.sent).toEqual([]);
  });
});

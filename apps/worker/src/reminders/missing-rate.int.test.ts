import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { memberships, notifications, referenceRates, reminders, reminderSettings, users } from "@reskontra/db";
import { renderInvoicePdf } from "@reskontra/documents";
import { readPdf } from "@reskontra/documents/testing";
import { loadReminder, RATE_MISSING_NOTICE } from "@reskontra/usecases/reminders";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureOperator } from "../invoices/test-support/invoice-fixtures";
import { jobContext, recordingQueue, startHarness, type Harness } from "../invoices/test-support/job-harness";
import { sweepReferenceRatesJob } from "./reference-rate-sweep";
import { runRemindersJob } from "./run-reminders";
import { insertRemindableCompany } from "./test-support/reminder-fixtures";

let database: TestDatabase;
let harness: Harness;
let platformAdminId = "";

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness();
  const operatorId = await ensureOperator(database.db);
  const [admin] = await database.db
    .insert(users)
    .values({ email: "alusta@example.fi", name: "Aleksi Alusta", passwordHash: "x" })
    .returning({ id: users.id });
  platformAdminId = admin?.id ?? "";
  await database.db.insert(memberships).values({ userId: platformAdminId, organizationId: operatorId, role: "platform_admin" });
});
afterAll(async () => {
  await harness?.close();
  await database?.dispose();
});

const context = (date: string) => jobContext(database.db, harness, { jobs: recordingQueue(), clock: () => new Date(`${date}T08:00:00Z`) });

async function companyWithAdmin(kind: "consumer" | "business") {
  const company = await insertRemindableCompany(database.db, { kind });
  const [admin] = await database.db
    .insert(users)
    .values({ email: `admin-${company.organizationId}@example.fi`, name: "Kaisa Kallio", passwordHash: "x" })
    .returning({ id: users.id });
  await database.db.insert(memberships).values({ userId: admin?.id ?? "", organizationId: company.organizationId, role: "company_admin" });
  return { ...company, adminId: admin?.id ?? "" };
}

const noticesOf = (userIds: string[]) =>
  database.db
    .select({ userId: notifications.userId, params: notifications.params })
    .from(notifications)
    .where(and(eq(notifications.kind, RATE_MISSING_NOTICE), inArray(notifications.userId, userIds)));

// Invoices due 23.11.2026; on 10.1.2027 their interest needs 1.1.–30.6.2027, not yet entered.
describe("a reminder whose reference rate is missing", () => {
  it("is held by default, and the platform and company admins are told once that day", async () => {
    const company = await companyWithAdmin("consumer");
    const org = { organizationId: company.organizationId };
    expect(await runRemindersJob(context("2027-01-10"), org)).toMatchObject({ created: 0, held: 1 });
    expect(await runRemindersJob(context("2027-01-10"), org)).toMatchObject({ created: 0, held: 1 });
    expect(await database.db.select().from(reminders).where(eq(reminders.organizationId, company.organizationId))).toEqual([]);
    const notices = await noticesOf([platformAdminId, company.adminId]);
    expect(notices.map((n) => n.userId).sort()).toEqual([platformAdminId, company.adminId].sort());
    expect(notices[0]?.params).toMatchObject({ periods: "1.1.–30.6.2027", outcome: "held", count: 1 });
  });

  it("goes without interest and flagged when the company chose so, and is told about too", async () => {
    const company = await companyWithAdmin("consumer");
    await database.db
      .update(reminderSettings)
      .set({ onMissingRate: "send_flagged" })
      .where(eq(reminderSettings.organizationId, company.organizationId));
    expect(await runRemindersJob(context("2027-01-10"), { organizationId: company.organizationId })).toMatchObject({
      created: 1,
      held: 0,
    });
    const [reminder] = await database.db.select().from(reminders).where(eq(reminders.organizationId, company.organizationId));
    expect(reminder).toMatchObject({ interestCents: 0, interestRateBp: null, interestPeriods: [] });
    expect(reminder?.interestMissing).toEqual([{ year: 2027, half: 1, from: "2027-01-01", to: "2027-06-30" }]);
    const notices = await noticesOf([company.adminId]);
    expect(notices.map((n) => n.params)).toEqual([expect.objectContaining({ outcome: "flagged", periods: "1.1.–30.6.2027" })]);
  });

  it("once the rate is entered, carries each half-year's own rate, and the reminder PDF shows the periods", async () => {
    const company = await companyWithAdmin("business");
    await database.db
      .insert(referenceRates)
      .values({ year: 2027, half: 1, fromDate: "2027-01-01", toDate: "2027-06-30", rateBp: 300, source: "test" });
    try {
      expect(await runRemindersJob(context("2027-01-10"), { organizationId: company.organizationId })).toMatchObject({ created: 1 });
      const [reminder] = await database.db.select().from(reminders).where(eq(reminders.organizationId, company.organizationId));
      // 125,50 €: 24.11.–31.12.2026 38 days at 2,5 + 8 % = 137.18; 1.1.–10.1.2027 10 days at 3 + 8 % = 37.82; sum 175.00 → 1,75 €
      expect(reminder?.interestPeriods).toEqual([
        { from: "2026-11-24", to: "2026-12-31", days: 38, referenceRateBp: 250, rateBp: 1050, cents: 137 },
        { from: "2027-01-01", to: "2027-01-10", days: 10, referenceRateBp: 300, rateBp: 1100, cents: 38 },
      ]);
      expect(reminder).toMatchObject({ interestCents: 175, interestRateBp: 1100, interestMissing: [] });
      const { document } = await loadReminder(database.db, reminder?.dispatchId ?? "");
      const first = document.rows.find((r) => r.description.includes("24.11.2026–31.12.2026"));
      expect(first?.description.replace(/\s/g, " ")).toBe("Viivästyskorko 10,5 % ajalta 24.11.2026–31.12.2026 (38 pv)");
      expect(first?.grossCents).toBe(137);
      const { text } = await readPdf(await renderInvoicePdf(document));
      expect(text).toContain("1.1.2027–10.1.2027");
    } finally {
      await database.db.delete(referenceRates).where(eq(referenceRates.year, 2027));
    }
  });
});

describe("the reference-rate sweep", () => {
  it("tells the platform administrators within 30 days before a half-year begins without its rate, once", async () => {
    expect(await sweepReferenceRatesJob(context("2026-12-01"))).toEqual({ current: null, upcoming: null });
    expect(await sweepReferenceRatesJob(context("2026-12-02"))).toMatchObject({ current: null, upcoming: { year: 2027, half: 1 } });
    await sweepReferenceRatesJob(context("2026-12-03"));
    const upcoming = (await noticesOf([platformAdminId])).filter((n) => (n.params as { outcome: string }).outcome === "upcoming");
    expect(upcoming.map((n) => n.params)).toEqual([expect.objectContaining({ periods: "1.1.–30.6.2027" })]);
    expect(await sweepReferenceRatesJob(context("2027-01-02"))).toMatchObject({ current: { year: 2027, half: 1 } });
  });
});

import { and, eq } from "drizzle-orm";
import { auditLog, invoices, notifications, referenceRates, users } from "@reskontra/db";
import { RATE_MISSING_NOTICE } from "@reskontra/usecases/reminders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { actors, newCustomer, setToday, VILLE } from "./reminder-fixtures";

const PLATFORM_ADMIN = "alusta@demo.reskontra.fi";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

describe("reference rates", () => {
  it("anyone signed in reads them with their source; 1.7.–31.12.2025 is 2,5 %; the next half-year shows as missing", async () => {
    const ville = await h.as(VILLE);
    const { rates, missing } = await ville.reminders.referenceRates.list();
    expect(rates.find((r) => r.from === "2025-07-01")).toMatchObject({ year: 2025, half: 2, to: "2025-12-31", rateBp: 250 });
    expect(rates.find((r) => r.from === "2026-01-01")?.source).toContain("sttinfo.fi");
    expect(rates.every((r) => r.source.length > 0)).toBe(true);
    expect(missing).toEqual([{ year: 2027, half: 1, from: "2027-01-01", to: "2027-06-30" }]);
  });

  it("only a platform administrator may enter one: a company admin is refused", async () => {
    const { admin } = await actors(h);
    await expectRefusal(
      admin.reminders.referenceRates.upsert({ year: 2027, half: 1, rateBp: 250, source: "Suomen Pankki" }),
      "FORBIDDEN",
      "ROLE_FORBIDDEN",
    );
    const [row] = await h.database.db.select().from(referenceRates).where(eq(referenceRates.year, 2027));
    expect(row).toBeUndefined();
  });

  it("refuses absurd rates in plain words at the rate field", async () => {
    const platform = await h.as(PLATFORM_ADMIN);
    const tooHigh = await expectRefusal(
      platform.reminders.referenceRates.upsert({ year: 2027, half: 1, rateBp: 2500, source: "Suomen Pankki" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(JSON.stringify(tooHigh.data)).toContain("enintään 20 %");
    expect(JSON.stringify(tooHigh.data)).toContain("rateBp");
    const negative = await expectRefusal(
      platform.reminders.referenceRates.upsert({ year: 2027, half: 1, rateBp: -50, source: "Suomen Pankki" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
      "en",
    );
    expect(JSON.stringify(negative.data)).toContain("cannot be negative");
  });

  it("a platform administrator enters and corrects a half-year; each change is audited with who, when, old and new value", async () => {
    const platform = await h.as(PLATFORM_ADMIN);
    const source = "https://www.suomenpankki.fi/ (ilmoitus 30.12.2026)";
    expect(await platform.reminders.referenceRates.upsert({ year: 2027, half: 1, rateBp: 250, source })).toEqual({
      year: 2027,
      half: 1,
      from: "2027-01-01",
      to: "2027-06-30",
      created: true,
    });
    h.now.value = new Date("2026-11-23T09:00:00Z");
    await platform.reminders.referenceRates.upsert({ year: 2027, half: 1, rateBp: 300, source });
    const [me] = await h.database.db.select().from(users).where(eq(users.email, PLATFORM_ADMIN));
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "reference_rate"), eq(auditLog.entityId, "2027-1")))
      .orderBy(auditLog.at);
    expect(audit.map((a) => [a.action, a.actorUserId, a.at.toISOString(), a.before, a.after])).toEqual([
      ["reference_rate.created", me?.id, "2026-11-23T08:00:00.000Z", null, { rateBp: 250, source }],
      ["reference_rate.updated", me?.id, "2026-11-23T09:00:00.000Z", { rateBp: 250, source }, { rateBp: 300, source }],
    ]);
    const { rates, missing } = await (await h.as(VILLE)).reminders.referenceRates.list();
    expect(rates.find((r) => r.from === "2027-01-01")).toMatchObject({ rateBp: 300, updatedByName: "Aleksi Alusta" });
    expect(missing).toEqual([]);
  });
});

describe("late interest on a reminder (issue 12)", () => {
  async function lateInvoice() {
    const { admin, ville, organizationId } = await actors(h);
    const status = await admin.reminders.status({ organizationId });
    if (!status.active) await admin.reminders.activate({ organizationId, confirmedTransactionFeeCents: 25 });
    const customer = await newCustomer(h, { isPerson: true });
    setToday(h, "2026-05-01");
    const draft = await ville.invoices.create({
      organizationId,
      customerId: customer.id,
      issueDate: "2026-05-01",
      paymentTermsDays: 14,
      deliveryMethod: "email",
      rows: [{ description: "Remontti", quantity: 1, unitPriceCents: 100000, vatRatePercent: 0 }],
    });
    await ville.invoices.submit({ invoiceId: draft.id });
    await h.database.db
      .update(invoices)
      .set({ status: "sent", sentAt: new Date("2026-05-01T08:00:00Z") })
      .where(eq(invoices.id, draft.id));
    setToday(h, "2026-12-02");
    return { admin, organizationId, invoiceId: draft.id };
  }

  it("a 1 000 € consumer invoice due 15.5.2026 reminded on 2.12.2026 carries 9,5 % for 16.5.–30.6. and 1.7.–2.12.", async () => {
    const { admin, organizationId, invoiceId } = await lateInvoice();
    const item = (await admin.reminders.dryRun({ organizationId })).find((i) => i.invoiceId === invoiceId);
    expect(item).toMatchObject({ outcome: "send", dueDate: "2026-05-15", interestCents: 5232, interestMissing: [] });
    expect(item?.interestPeriods).toEqual([
      { from: "2026-05-16", to: "2026-06-30", days: 46, referenceRateBp: 250, rateBp: 950, cents: 1198 },
      { from: "2026-07-01", to: "2026-12-02", days: 155, referenceRateBp: 250, rateBp: 950, cents: 4034 },
    ]);
  });

  it("without the half-year's rate the dry run says so on the invoice and holds it, or sends it flagged when the company chose so", async () => {
    const { admin, organizationId, invoiceId } = await lateInvoice();
    await h.database.db.delete(referenceRates).where(and(eq(referenceRates.year, 2026), eq(referenceRates.half, 2)));
    const held = (await admin.reminders.dryRun({ organizationId })).find((i) => i.invoiceId === invoiceId);
    expect(held).toMatchObject({ outcome: "rate_missing", interestCents: null, interestMissing: ["1.7.–31.12.2026"] });
    expect((await admin.reminders.status({ organizationId })).onMissingRate).toBe("hold");

    await admin.reminders.setMissingRatePolicy({ organizationId, onMissingRate: "send_flagged" });
    const flagged = (await admin.reminders.dryRun({ organizationId })).find((i) => i.invoiceId === invoiceId);
    expect(flagged).toMatchObject({ outcome: "send", interestCents: 0, interestMissing: ["1.7.–31.12.2026"] });
    const [audit] = await h.database.db.select().from(auditLog).where(eq(auditLog.action, "reminders.missing_rate_policy"));
    expect(audit).toMatchObject({ before: { onMissingRate: "hold" }, after: { onMissingRate: "send_flagged" } });
    const ville = await h.as(VILLE);
    await expectRefusal(ville.reminders.setMissingRatePolicy({ organizationId, onMissingRate: "hold" }), "FORBIDDEN", "ROLE_FORBIDDEN");
    // Nobody was notified by a dry run: only the run tells people.
    expect(await h.database.db.select().from(notifications).where(eq(notifications.kind, RATE_MISSING_NOTICE))).toEqual([]);
  });
});

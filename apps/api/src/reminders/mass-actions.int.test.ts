import { and, eq, inArray } from "drizzle-orm";
import { auditLog, customers, dispatches, invoices, reminderEvents, reminders } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { actors, newCustomer, sentInvoice } from "./reminder-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ queue: true, start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

/** A customer of another company (Aino's, tenant "aalto"), created through the api. */
async function otherTenantCustomer() {
  const aino = await h.as("aino.aalto@demo.reskontra.fi");
  return aino.customers.create({
    organizationId: h.demo.organizationIds.aalto,
    customerNumber: `A-${Math.random().toString(36).slice(2, 8)}`,
    name: "Toisen yrityksen asiakas Oy",
    isPerson: false,
    businessId: "1572860-0",
    countryCode: "FI",
    street: "Katu 2",
    postalCode: "00100",
    city: "Helsinki",
    email: "toinen@example.fi",
  });
}

describe("before activation", () => {
  it("shows the default rules and where each customer would go, and activation does exactly that", async () => {
    const { admin, ville, organizationId } = await actors(h);
    await newCustomer(h, { isPerson: false, countryCode: "DE" });
    const preview = await admin.reminders.activationPreview({ organizationId });
    expect(preview.transactionFeeCents).toBe(25);
    expect(preview.rules.map((r) => [r.customerKind, r.feeCents, r.daysAfterDue, r.minimumAmountCents])).toEqual([
      ["consumer", 500, 14, 1000],
      ["business", 1200, 7, 1000],
    ]);
    const byPlacement = (p: string) => preview.customers.filter((c) => c.placement === p).length;
    expect(preview.counts).toEqual({
      consumer: byPlacement("consumer"),
      business: byPlacement("business"),
      blocked: byPlacement("blocked"),
    });
    expect(preview.counts.blocked).toBeGreaterThanOrEqual(2);
    expect(preview.customers.find((c) => c.countryCode === "DE")?.placement).toBe("blocked");
    await expectRefusal(ville.reminders.activationPreview({ organizationId }), "FORBIDDEN", "ROLE_FORBIDDEN");

    const done = await admin.reminders.activate({ organizationId, confirmedTransactionFeeCents: 25 });
    expect(done).toEqual({ placed: preview.counts.consumer + preview.counts.business, blocked: preview.counts.blocked });
    const placed = await admin.reminders.customers({ organizationId });
    const rules = await admin.reminders.rules({ organizationId });
    const kindOf = new Map(rules.map((r) => [r.id, r.customerKind]));
    for (const c of preview.customers) {
      const now = placed.find((p) => p.id === c.id);
      expect(now?.ruleId ? kindOf.get(now.ruleId) : "blocked").toBe(c.placement);
    }
  });
});

describe("mass move", () => {
  it("moves the selected customers to automation blocked in one go, one audit row each", async () => {
    const { admin, organizationId } = await actors(h);
    const a = await newCustomer(h, { isPerson: true });
    const b = await newCustomer(h, { isPerson: false });
    expect(await admin.reminders.moveCustomers({ organizationId, ruleId: null, customerIds: [a.id, b.id, a.id] })).toEqual({
      moved: 2,
    });
    const blocked = (await admin.reminders.blockedCustomers({ organizationId })).map((c) => c.id);
    expect(blocked).toEqual(expect.arrayContaining([a.id, b.id]));
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "reminders.customer_moved"), inArray(auditLog.entityId, [a.id, b.id])));
    expect(audit).toHaveLength(2);
    expect(audit.every((r) => (r.after as { reminderRuleId: unknown }).reminderRuleId === null)).toBe(true);
    expect(audit.every((r) => r.organizationId === organizationId)).toBe(true);
    // Moving them again changes nothing and writes nothing.
    expect(await admin.reminders.moveCustomers({ organizationId, ruleId: null, customerIds: [a.id, b.id] })).toEqual({
      moved: 0,
    });
  });

  it("refuses a list that names another company's customer, at customerIds, and moves no one", async () => {
    const { admin, organizationId } = await actors(h);
    const own = await newCustomer(h, { isPerson: false });
    const foreign = await otherTenantCustomer();
    const refusal = await expectRefusal(
      admin.reminders.moveCustomers({ organizationId, ruleId: null, customerIds: [own.id, foreign.id] }),
      "NOT_FOUND",
      "REMINDER_CUSTOMERS_NOT_FOUND",
    );
    expect(refusal.data.field).toBe("customerIds");
    expect(refusal.message).toContain("1");
    const [ownNow] = await h.database.db.select().from(customers).where(eq(customers.id, own.id));
    expect(ownNow?.reminderRuleId).toBe(own.reminderRuleId);
    const [foreignNow] = await h.database.db.select().from(customers).where(eq(customers.id, foreign.id));
    expect(foreignNow?.reminderRuleId).toBe(foreign.reminderRuleId);
    const audit = await h.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [own.id, foreign.id]));
    expect(audit.filter((r) => r.action === "reminders.customer_moved")).toHaveLength(0);
    // The other company's admin sees its own ids only: naming ours in its organization is refused too.
    const aino = await h.as("aino.aalto@demo.reskontra.fi");
    await expectRefusal(
      aino.reminders.moveCustomers({ organizationId, ruleId: null, customerIds: [own.id] }),
      "FORBIDDEN",
      "TENANT_FORBIDDEN",
    );
  });

  it("refuses more than 500 customers at once and an empty selection", async () => {
    const { admin, organizationId } = await actors(h);
    const many = Array.from({ length: 501 }, () => crypto.randomUUID());
    await expectRefusal(
      admin.reminders.moveCustomers({ organizationId, ruleId: null, customerIds: many }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    await expectRefusal(
      admin.reminders.moveCustomers({ organizationId, ruleId: null, customerIds: [] }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
  });
});

describe("the run's progress and the monthly chart", () => {
  it("counts what the automation did after the latest hand-started run, for this company only", async () => {
    const { admin, organizationId } = await actors(h);
    expect(await admin.reminders.lastRun({ organizationId })).toBeNull();
    expect(await admin.reminders.runNow({ organizationId })).toEqual({ queued: true });
    const run = await admin.reminders.lastRun({ organizationId });
    expect(run).toMatchObject({ requestedByName: expect.any(String), created: 0, sent: 0, failed: 0, uncertain: 0 });
    const [rule] = await admin.reminders.rules({ organizationId });
    const at = new Date((run?.requestedAt ?? new Date()).getTime() + 1000);
    const before = new Date((run?.requestedAt ?? new Date()).getTime() - 60_000);
    await h.database.db.insert(reminderEvents).values([
      { organizationId, ruleId: rule?.id ?? "", kind: "created", at },
      { organizationId, ruleId: rule?.id ?? "", kind: "created", at },
      { organizationId, ruleId: rule?.id ?? "", kind: "sent", at },
      { organizationId, ruleId: rule?.id ?? "", kind: "failed", at },
      // An earlier run's event is not this run's.
      { organizationId, ruleId: rule?.id ?? "", kind: "sent", at: before },
    ]);
    expect(await admin.reminders.lastRun({ organizationId })).toMatchObject({ created: 2, sent: 1, failed: 1, uncertain: 0 });
    const aino = await h.as("aino.aalto@demo.reskontra.fi");
    await expectRefusal(aino.reminders.lastRun({ organizationId }), "FORBIDDEN", "TENANT_FORBIDDEN");
  });

  it("gives the last 12 months, zeros included, with the reminders sent and their fees", async () => {
    const { admin, organizationId } = await actors(h);
    const [rule] = await admin.reminders.rules({ organizationId });
    const customer = await newCustomer(h, { isPerson: false });
    const invoice = await sentInvoice(h, customer.id, "2026-08-01");
    const sentOn = async (sequence: number, sentAt: Date) => {
      const [dispatch] = await h.database.db
        .insert(dispatches)
        .values({
          invoiceId: invoice.id,
          documentKind: "reminder",
          channel: "email",
          idempotencyKey: `chart:${sequence}`,
          status: "sent",
        })
        .returning();
      await h.database.db.insert(reminders).values({
        organizationId,
        invoiceId: invoice.id,
        sequence,
        ruleId: rule?.id ?? "",
        customerId: customer.id,
        customerKind: "business",
        dispatchId: dispatch?.id ?? "",
        channel: "email",
        runDate: "2026-09-01",
        newDueDate: "2026-09-15",
        openCents: 10000,
        feeCents: 1200,
        interestCents: 0,
        transactionFeeCents: 25,
        sentAt,
      });
    };
    await sentOn(1, new Date("2026-09-10T10:00:00Z"));
    await sentOn(2, new Date("2026-10-31T22:30:00Z")); // 1.11. 00:30 in Helsinki: November's
    await sentOn(3, new Date("2025-11-30T10:00:00Z")); // 13 months ago: not on the chart
    const months = await admin.reminders.monthChart({ organizationId });
    expect(months.map((m) => m.month)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(months.find((m) => m.month === "2026-09")).toEqual({
      month: "2026-09",
      sentCount: 1,
      feeCents: 1200,
      transactionFeeCents: 25,
    });
    expect(months.find((m) => m.month === "2026-10")?.sentCount).toBe(0);
    expect(months.find((m) => m.month === "2026-11")?.sentCount).toBe(1);
    const [stored] = await h.database.db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(stored?.organizationId).toBe(organizationId);
    const aino = await h.as("aino.aalto@demo.reskontra.fi");
    await expectRefusal(aino.reminders.monthChart({ organizationId }), "FORBIDDEN", "TENANT_FORBIDDEN");
  });
});

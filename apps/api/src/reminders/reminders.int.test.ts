import { addDays } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { actors, newCustomer, sentInvoice, setToday } from "./reminder-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ queue: true, start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

const consumerRule = {
  name: "VIP-kuluttajat",
  customerKind: "consumer" as const,
  feeCents: 0,
  daysAfterDue: 21,
  minimumAmountCents: 500,
  channel: "email" as const,
  maxCount: 1,
  intervalDays: 30,
};

async function defaults() {
  const { admin, organizationId } = await actors(h);
  const rules = await admin.reminders.rules({ organizationId });
  const consumer = rules.find((r) => r.defaultFor === "consumer");
  const business = rules.find((r) => r.defaultFor === "business");
  if (!consumer || !business) throw new Error("default rules missing");
  return { consumer, business, rules };
}

describe("activation", () => {
  it("is refused to a user, and to an admin who has not confirmed the 0,25 € fee", async () => {
    const { ville, admin, organizationId } = await actors(h);
    await expectRefusal(
      ville.reminders.activate({ organizationId, confirmedTransactionFeeCents: 25 }),
      "FORBIDDEN",
      "ROLE_FORBIDDEN",
    );
    const refusal = await expectRefusal(
      admin.reminders.activate({ organizationId, confirmedTransactionFeeCents: 0 }),
      "BAD_REQUEST",
      "REMINDERS_FEE_NOT_CONFIRMED",
    );
    expect(refusal.data.field).toBe("confirmedTransactionFeeCents");
    expect(refusal.message).toContain("0,25");
    const aino = await h.as("aino.aalto@demo.reskontra.fi");
    await expectRefusal(aino.reminders.status({ organizationId }), "FORBIDDEN", "TENANT_FORBIDDEN");
  });

  it("creates the legal default rules and places every customer: person → consumer, others → business, abroad → blocked", async () => {
    const { admin, ville, organizationId } = await actors(h);
    expect(await admin.reminders.activate({ organizationId, confirmedTransactionFeeCents: 25 })).toEqual({
      placed: 2,
      blocked: 1,
    });
    const status = await admin.reminders.status({ organizationId });
    expect(status).toMatchObject({ active: true, activatedByName: "Kaisa Kallio", confirmedTransactionFeeCents: 25 });

    const { consumer, business } = await defaults();
    expect(consumer).toMatchObject({
      feeCents: 500,
      daysAfterDue: 14,
      minimumAmountCents: 1000,
      channel: "email",
      customerCount: 1,
    });
    // The company has a customer with an e-invoice address, so the business default speaks e-invoice.
    expect(business).toMatchObject({
      feeCents: 1200,
      daysAfterDue: 7,
      minimumAmountCents: 1000,
      channel: "einvoice",
      customerCount: 1,
    });

    const cards = await ville.customers.list({ organizationId });
    const byNumber = (n: string) => cards.find((c) => c.customerNumber === n)?.reminderRuleId;
    expect(byNumber("1")).toBe(consumer.id);
    expect(byNumber("2")).toBe(business.id);
    expect(byNumber("3")).toBeNull();
    expect((await admin.reminders.blockedCustomers({ organizationId })).map((c) => c.name)).toEqual(["Svensson AB"]);

    const changes = await admin.reminders.changes({ organizationId });
    const activated = changes.find((c) => c.action === "reminders.activated");
    expect(activated).toMatchObject({ actorName: "Kaisa Kallio", before: null });
    expect(activated?.after).toMatchObject({ confirmedTransactionFeeCents: 25, placedCustomers: 2, blockedCustomers: 1 });
    await expectRefusal(
      admin.reminders.activate({ organizationId, confirmedTransactionFeeCents: 25 }),
      "CONFLICT",
      "REMINDERS_ALREADY_ACTIVE",
    );
  });
});

describe("rules within the law", () => {
  it("refuses a consumer fee of 5,01 € and a business fee of 12,01 €, at the field, with the reason", async () => {
    const { admin, organizationId } = await actors(h);
    const consumer = await expectRefusal(
      admin.reminders.createRule({ organizationId, rule: { ...consumerRule, feeCents: 501 } }),
      "BAD_REQUEST",
      "REMINDER_FEE_TOO_HIGH",
    );
    expect(consumer.data.field).toBe("rule.feeCents");
    expect(consumer.message).toContain("5,00");
    const business = await expectRefusal(
      admin.reminders.createRule({
        organizationId,
        rule: { ...consumerRule, customerKind: "business", feeCents: 1201, intervalDays: 10 },
      }),
      "BAD_REQUEST",
      "REMINDER_FEE_TOO_HIGH",
      "en",
    );
    expect(business.data.field).toBe("rule.feeCents");
    expect(business.message).toContain("12.00");
    const tooSoon = await expectRefusal(
      admin.reminders.createRule({ organizationId, rule: { ...consumerRule, daysAfterDue: 13 } }),
      "BAD_REQUEST",
      "REMINDER_TOO_SOON_AFTER_DUE",
    );
    expect(tooSoon.data.field).toBe("rule.daysAfterDue");
    // At the limits it is lawful.
    const ok = await admin.reminders.createRule({
      organizationId,
      rule: {
        ...consumerRule,
        name: "Yritykset maksimi",
        customerKind: "business",
        feeCents: 1200,
        intervalDays: 10,
        daysAfterDue: 0,
      },
    });
    await admin.reminders.updateRule({
      organizationId,
      ruleId: ok.id,
      rule: { ...consumerRule, name: "Yritykset", customerKind: "business", feeCents: 1000 },
    });
    await expectRefusal(
      admin.reminders.updateRule({
        organizationId,
        ruleId: ok.id,
        rule: { ...consumerRule, customerKind: "business", feeCents: 1201 },
      }),
      "BAD_REQUEST",
      "REMINDER_FEE_TOO_HIGH",
    );
    const changes = await admin.reminders.changes({ organizationId, ruleId: ok.id });
    const updated = changes.find((c) => c.action === "reminders.rule_updated");
    expect(updated?.before).toMatchObject({ name: "Yritykset maksimi", feeCents: 1200 });
    expect(updated?.after).toMatchObject({ name: "Yritykset", feeCents: 1000 });
    expect(updated?.actorName).toBe("Kaisa Kallio");
  });

  it("refuses rule changes to a user and the deletion of a default rule", async () => {
    const { admin, ville, organizationId } = await actors(h);
    await expectRefusal(ville.reminders.createRule({ organizationId, rule: consumerRule }), "FORBIDDEN", "ROLE_FORBIDDEN");
    const { consumer } = await defaults();
    await expectRefusal(
      admin.reminders.deleteRule({ organizationId, ruleId: consumer.id }),
      "CONFLICT",
      "REMINDER_RULE_IS_DEFAULT",
    );
  });
});

describe("placing customers", () => {
  it("bulk-moves selected customers to a VIP rule, refuses a person into a business rule, and audits each move", async () => {
    const { admin, organizationId } = await actors(h);
    const { consumer, business } = await defaults();
    const a = await newCustomer(h, { isPerson: true });
    const b = await newCustomer(h, { isPerson: true });
    const firm = await newCustomer(h, { isPerson: false });
    // New customers fall into the defaults by the same principles.
    expect([a.reminderRuleId, b.reminderRuleId, firm.reminderRuleId]).toEqual([consumer.id, consumer.id, business.id]);

    const vip = await admin.reminders.createRule({ organizationId, rule: consumerRule });
    expect(await admin.reminders.moveCustomers({ organizationId, ruleId: vip.id, customerIds: [a.id, b.id, firm.id] })).toEqual({
      moved: 3,
    });
    const assigned = await admin.reminders.ruleCustomers({ organizationId, ruleId: vip.id });
    expect(assigned.map((c) => c.id).sort()).toEqual([a.id, b.id, firm.id].sort());

    const refusal = await expectRefusal(
      admin.reminders.moveCustomers({ organizationId, ruleId: business.id, customerIds: [a.id] }),
      "BAD_REQUEST",
      "REMINDER_RULE_KIND_MISMATCH",
    );
    expect(refusal.data.field).toBe("ruleId");
    const moves = (await admin.reminders.changes({ organizationId, ruleId: vip.id })).filter(
      (c) => c.action === "reminders.customer_moved",
    );
    expect(moves).toHaveLength(3);
    expect(moves.find((m) => m.entityId === a.id)?.before).toMatchObject({ reminderRuleId: consumer.id });

    // Deleting the VIP rule sends its customers back to the defaults of their kind.
    expect(await admin.reminders.deleteRule({ organizationId, ruleId: vip.id })).toEqual({ movedCustomers: 3 });
    expect((await admin.reminders.ruleCustomers({ organizationId, ruleId: consumer.id })).map((c) => c.id)).toEqual(
      expect.arrayContaining([a.id, b.id]),
    );
    await expectRefusal(
      admin.reminders.ruleCustomers({ organizationId, ruleId: vip.id }),
      "NOT_FOUND",
      "REMINDER_RULE_NOT_FOUND",
    );
  });

  it("adds a blocked foreign customer to a rule", async () => {
    const { admin, organizationId } = await actors(h);
    const { business } = await defaults();
    const foreign = await newCustomer(h, { isPerson: false, countryCode: "DE" });
    expect(foreign.reminderRuleId).toBeNull();
    expect((await admin.reminders.blockedCustomers({ organizationId })).map((c) => c.id)).toContain(foreign.id);
    await admin.reminders.moveCustomers({ organizationId, ruleId: business.id, customerIds: [foreign.id] });
    expect((await admin.reminders.blockedCustomers({ organizationId })).map((c) => c.id)).not.toContain(foreign.id);
  });

  it("sets the rule through customer create and update", async () => {
    const { admin, ville, organizationId } = await actors(h);
    const { business } = await defaults();
    const vip = await admin.reminders.createRule({ organizationId, rule: { ...consumerRule, name: "VIP 2" } });
    const created = await newCustomer(h, { isPerson: true, reminderRuleId: vip.id });
    expect(created.reminderRuleId).toBe(vip.id);
    const { id, reminderRuleId: _omit, ...card } = created;
    const blocked = await ville.customers.update({ organizationId, customerId: id, customer: { ...card, reminderRuleId: null } });
    expect(blocked.reminderRuleId).toBeNull();
    const kept = await ville.customers.update({ organizationId, customerId: id, customer: { ...card, city: "Espoo" } });
    expect(kept.reminderRuleId).toBeNull();
    const refusal = await expectRefusal(
      ville.customers.update({ organizationId, customerId: id, customer: { ...card, reminderRuleId: business.id } }),
      "BAD_REQUEST",
      "REMINDER_RULE_KIND_MISMATCH",
    );
    expect(refusal.data.field).toBe("reminderRuleId");
    const moves = (await admin.reminders.changes({ organizationId })).filter((c) => c.entityId === id);
    expect(moves.map((m) => m.action)).toContain("reminders.customer_moved");
  });
});

describe("dry run", () => {
  it("a consumer reminder is not due 13 days after the due date and is due on the 14th", async () => {
    const { admin, organizationId } = await actors(h);
    const { consumer } = await defaults();
    const person = await newCustomer(h, { isPerson: true });
    const invoice = await sentInvoice(h, person.id, "2026-11-23"); // due 2026-12-07, 14 days to pay
    const find = async () => (await admin.reminders.dryRun({ organizationId })).find((i) => i.invoiceId === invoice.id);

    setToday(h, addDays("2026-12-07", 13));
    expect(await find()).toMatchObject({ outcome: "too_early", ruleId: consumer.id, earliestDate: "2026-12-21" });
    setToday(h, addDays("2026-12-07", 14));
    expect(await find()).toMatchObject({
      outcome: "send",
      ruleName: consumer.name,
      sequence: 1,
      feeCents: 500,
      channel: "email",
      newDueDate: "2027-01-04",
    });
    setToday(h, "2026-11-23");
  });

  it("says why each skipped invoice is skipped: blocked, below minimum, paid", async () => {
    const { admin, organizationId } = await actors(h);
    const agent = await h.as("agentti@demo.reskontra.fi");
    const foreign = await newCustomer(h, { isPerson: false, countryCode: "SE" });
    const person = await newCustomer(h, { isPerson: true });
    const blocked = await sentInvoice(h, foreign.id, "2026-10-01");
    const small = await sentInvoice(h, person.id, "2026-10-01", { priceCents: 500 });
    const paid = await sentInvoice(h, person.id, "2026-10-01");
    await agent.invoices.recordPayment({ invoiceId: paid.id, amountCents: paid.grossCents, paidOn: "2026-11-20" });
    const items = await admin.reminders.dryRun({ organizationId });
    const outcome = (id: string) => items.find((i) => i.invoiceId === id)?.outcome;
    expect(outcome(blocked.id)).toBe("blocked");
    expect(outcome(small.id)).toBe("below_minimum");
    expect(outcome(paid.id)).toBe("paid");
    // The seeded demo: Maija's long overdue invoice is due, the Swedish company's is blocked.
    expect(items.find((i) => i.invoiceNumber === "1001029001")?.outcome).toBe("send");
    expect(items.find((i) => i.invoiceNumber === "1001029003")?.outcome).toBe("blocked");
  });
});

describe("run now", () => {
  it("lets an admin enqueue the daily run for the company, and no one else", async () => {
    const { admin, ville, organizationId } = await actors(h);
    await expectRefusal(ville.reminders.runNow({ organizationId }), "FORBIDDEN", "ROLE_FORBIDDEN");
    expect(await admin.reminders.runNow({ organizationId })).toEqual({ queued: true });
    const jobs = await queryRows<{ n: number }>(
      h.database.db,
      sql`select count(*)::int as n from pgboss.job where name = 'reminders.daily-run' and data->>'organizationId' = ${organizationId}`,
    );
    expect(jobs[0]?.n).toBe(1);
  });
});

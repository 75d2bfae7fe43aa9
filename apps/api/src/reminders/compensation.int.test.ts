import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { actors, newCustomer, sentInvoice, setToday } from "./reminder-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ queue: true, start: new Date("2026-11-23T08:00:00Z") });
  const { admin, organizationId } = await actors(h);
  await admin.reminders.activate({ organizationId, confirmedTransactionFeeCents: 25 });
});
afterAll(async () => h?.dispose());

const businessRule = {
  name: "Yritykset 40 €",
  customerKind: "business" as const,
  feeCents: 1000,
  daysAfterDue: 7,
  minimumAmountCents: 1000,
  channel: "email" as const,
  maxCount: 3,
  intervalDays: 14,
};

describe("the fixed 40 € compensation of a business rule", () => {
  it("is off by default, refused on a consumer rule at its field, and audited when switched on", async () => {
    const { admin, organizationId } = await actors(h);
    const rules = await admin.reminders.rules({ organizationId });
    expect(rules.every((r) => !r.claimCompensation)).toBe(true);
    const refusal = await expectRefusal(
      admin.reminders.createRule({
        organizationId,
        rule: { ...businessRule, name: "Kuluttajat", customerKind: "consumer", feeCents: 500, claimCompensation: true },
      }),
      "BAD_REQUEST",
      "REMINDER_COMPENSATION_CONSUMER",
    );
    expect(refusal.data.field).toBe("rule.claimCompensation");
    const { id } = await admin.reminders.createRule({ organizationId, rule: { ...businessRule, claimCompensation: true } });
    const change = (await admin.reminders.changes({ organizationId, ruleId: id }))[0];
    expect(change?.after).toMatchObject({ claimCompensation: true });
  });

  it("the dry run adds it to the first reminder of a business invoice only when the rule claims it", async () => {
    const { admin, organizationId } = await actors(h);
    const claiming = (await admin.reminders.rules({ organizationId })).find((r) => r.name === businessRule.name);
    if (!claiming) throw new Error("rule missing");
    const withClaim = await newCustomer(h, { isPerson: false, reminderRuleId: claiming.id });
    const without = await newCustomer(h, { isPerson: false });
    const a = await sentInvoice(h, withClaim.id, "2026-11-23");
    const b = await sentInvoice(h, without.id, "2026-11-23");
    setToday(h, "2026-12-15");
    const items = await admin.reminders.dryRun({ organizationId });
    expect(items.find((i) => i.invoiceId === a.id)).toMatchObject({ outcome: "send", sequence: 1, compensationCents: 4000 });
    expect(items.find((i) => i.invoiceId === b.id)).toMatchObject({ outcome: "send", sequence: 1, compensationCents: 0 });
    setToday(h, "2026-11-23");
  });
});

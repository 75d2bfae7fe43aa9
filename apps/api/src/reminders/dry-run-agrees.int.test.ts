import { planDueReminders } from "@reskontra/usecases/reminders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { actors, setToday } from "./reminder-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

describe("the dry run and the daily run", () => {
  it("agree on the demo data: what the dry run would send is exactly what the run plans to send", async () => {
    const { admin, organizationId } = await actors(h);
    await admin.reminders.activate({ organizationId, confirmedTransactionFeeCents: 25 });
    // Today, and a day when the not-yet-due demo invoice has become due as well.
    for (const today of ["2026-11-23", "2026-12-20"]) {
      setToday(h, today);
      const wouldSend = (await admin.reminders.dryRun({ organizationId }))
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
      const { planned } = await planDueReminders(h.deps, { today, organizationId });
      const runSends = planned.map(({ candidate, plan }) => ({
        invoiceId: candidate.invoiceId,
        sequence: plan.sequence,
        feeCents: plan.feeCents,
        interestCents: plan.interestCents,
        compensationCents: plan.compensationCents,
        channel: plan.channel,
        newDueDate: plan.newDueDate,
      }));
      const byInvoice = (a: { invoiceId: string }, b: { invoiceId: string }) => (a.invoiceId < b.invoiceId ? -1 : 1);
      expect(wouldSend.length).toBeGreaterThan(0);
      expect(runSends.sort(byInvoice)).toEqual(wouldSend.sort(byInvoice));
    }
  });
});

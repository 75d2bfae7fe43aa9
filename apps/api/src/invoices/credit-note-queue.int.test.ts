import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { AGENT, draftFor, villeCustomer } from "./invoice-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

describe("a new credit note in the unsent queue", () => {
  it("is due by the same-day promise like any submitted invoice, not late the moment it exists", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    await h.database.db.execute(sql`update invoices set status = 'sent' where id = ${submitted.id}`);
    const agent = await h.as(AGENT);
    // Monday 23.11. 10:00 Helsinki: due today 15:00.
    const credit = await agent.invoices.createCreditNote({ invoiceId: submitted.id, reason: "Väärä hinta" });
    expect(credit.deadlineAt?.toISOString()).toBe("2026-11-23T13:00:00.000Z");
    const row = (await agent.invoices.unsent()).find((i) => i.id === credit.id);
    expect(row?.kind).toBe("credit_note");
    expect(row?.risk).toBe("today");

    // Made after the 15:00 cut-off: due the next business day, which the queue calls tomorrow.
    const another = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    await h.database.db.execute(sql`update invoices set status = 'sent' where id = ${another.id}`);
    h.now.value = new Date("2026-11-23T14:30:00Z");
    const late = await agent.invoices.createCreditNote({ invoiceId: another.id, reason: "Väärä asiakas" });
    expect(late.deadlineAt?.toISOString()).toBe("2026-11-24T13:00:00.000Z");
    expect((await agent.invoices.unsent()).find((i) => i.id === late.id)?.risk).toBe("tomorrow");
  });
});

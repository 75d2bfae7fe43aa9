import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { AGENT, draftFor, villeCustomer } from "./invoice-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ queue: true, start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

describe("the e-invoice operator's acknowledgement on the invoice page", () => {
  it("lists the dispatch with who received it and when, once the worker has recorded the operator's answer", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    const agent = await h.as(AGENT);
    const { dispatchId } = await agent.invoices.send({ invoiceId: submitted.id });
    expect((await agent.invoices.get({ invoiceId: submitted.id })).dispatches).toEqual([
      expect.objectContaining({ id: dispatchId, status: "queued", operatorAck: null }),
    ]);

    // What the worker writes when the operator acknowledges an e-invoice (tested in the worker).
    await h.database.db.execute(
      sql`update dispatches set channel = 'einvoice', status = 'sent', operator_message_id = 'OP-77',
          operator_received_at = '2026-12-03T08:15:00Z' where id = ${dispatchId}`,
    );
    expect((await agent.invoices.get({ invoiceId: submitted.id })).dispatches).toEqual([
      expect.objectContaining({
        id: dispatchId,
        channel: "einvoice",
        status: "sent",
        operatorAck: { messageId: "OP-77", receivedAt: new Date("2026-12-03T08:15:00Z") },
      }),
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGENT, draftFor, villeCustomer } from "../invoices/invoice-fixtures";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.dispose());

describe("notifications and alerts", () => {
  it("tells the user when customer service returns an invoice, until it is read", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    const agent = await h.as(AGENT);
    await agent.invoices.returnForCorrection({ invoiceId: submitted.id, message: "Puuttuu toimituspäivä" });
    const [notice] = await ville.notifications.mine();
    expect(notice).toMatchObject({ kind: "invoice_returned", invoiceNumber: submitted.invoiceNumber, readAt: null });
    if (!notice) throw new Error("no notification");
    expect(await ville.notifications.markRead({ ids: [notice.id] })).toEqual({ marked: 1 });
    expect((await ville.notifications.mine())[0]?.readAt).toBeInstanceOf(Date);
    // Another user's notification cannot be touched.
    expect(await agent.notifications.markRead({ ids: [notice.id] })).toEqual({ marked: 0 });
  });

  it("shows alerts to agents only", async () => {
    const { ville } = await villeCustomer(h);
    await expectRefusal(ville.notifications.alerts(), "FORBIDDEN", "ROLE_FORBIDDEN");
    expect(await (await h.as(AGENT)).notifications.alerts()).toEqual([]);
  });
});

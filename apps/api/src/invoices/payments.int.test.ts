import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { sentInvoice } from "../reminders/reminder-fixtures";
import { AGENT, villeCustomer } from "./invoice-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ queue: true, start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

describe("payments on an open receivable", () => {
  it("takes a partial and then the rest, and refuses more than is open with both amounts written the Finnish way", async () => {
    const { ville, maija } = await villeCustomer(h);
    const agent = await h.as(AGENT);
    // 4 000,00 € + 25,5 % VAT = 5 020,00 €.
    const invoice = await sentInvoice(h, maija.id, "2026-11-23", { priceCents: 400_000 });
    expect(invoice.grossCents).toBe(502_000);
    await expectRefusal(
      ville.invoices.recordPayment({ invoiceId: invoice.id, amountCents: 1000, paidOn: "2026-11-23" }),
      "FORBIDDEN",
      "ROLE_FORBIDDEN",
    );
    await agent.invoices.recordPayment({ invoiceId: invoice.id, amountCents: 100_000, paidOn: "2026-11-23" });
    const over = await expectRefusal(
      agent.invoices.recordPayment({ invoiceId: invoice.id, amountCents: 500_000, paidOn: "2026-11-23" }),
      "BAD_REQUEST",
      "PAYMENT_EXCEEDS_OPEN",
    );
    expect(over.data.field).toBe("amountCents");
    expect(over.message).toBe("Maksu (5\u00a0000,00 €) on suurempi kuin avoin saatava (4\u00a0020,00 €).");
    await agent.invoices.recordPayment({ invoiceId: invoice.id, amountCents: 402_000, paidOn: "2026-11-23" });
    expect((await agent.invoices.get({ invoiceId: invoice.id })).invoice.status).toBe("paid");
  });
});

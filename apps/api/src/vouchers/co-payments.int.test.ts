import { eq } from "drizzle-orm";
import { invoiceRows, invoices, customers, outgoingMails } from "@reskontra/db";
import { readPdf } from "@reskontra/documents/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { eventAt, hki, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: hki("2026-11-23T10:00") });
});
afterAll(async () => h?.dispose());

const MATTI_HETU = "120345-9159";

describe("the co-payment statement and invoicing co-payments", () => {
  it("shows events under review until rejected, prints a PDF, and invoices approved co-payments by customer number only", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    const power = await powerOf(h, "PS-2026-0002");
    const query = { ...provider, clientId: power.clientId, serviceId: power.serviceId, from: "2026-11-01", to: "2026-11-30" };
    const extra = await ville.vouchers.provider.recordEvent({
      ...provider,
      ...eventAt(power, "2026-11-20T09:00", "Iltakäynti", 1),
    });
    await olli.vouchers.organizer.runCheck(organizer);

    const reviewing = await ville.vouchers.provider.coPaymentStatement(query);
    expect(reviewing.rows.map((r) => r.state)).toEqual(["under_review", "under_review", "under_review"]);
    await olli.vouchers.organizer.reject({ ...organizer, eventId: extra.id, reason: "Käynti ei kuulu päätökseen" });
    for (const e of await olli.vouchers.organizer.reviewQueue({ ...organizer, includeRecorded: false })) {
      await olli.vouchers.organizer.approve({ ...organizer, eventId: e.id });
    }
    const statement = await ville.vouchers.provider.coPaymentStatement(query);
    expect(statement.rows).toHaveLength(2);
    expect(statement.totals.coPaymentCents).toBe(2800);

    const pdf = await ville.vouchers.provider.coPaymentStatementPdf(query);
    const text = (await readPdf(Buffer.from(pdf.pdfBase64, "base64"))).text;
    expect(text).toContain("Omavastuuerittely");
    expect(text).toContain("Matti Meikäläinen");
    expect(text).toContain("V-1002");
    expect(text).toContain("28,00 €");
    expect(text).not.toContain(MATTI_HETU);
    expect(text).not.toContain("Iltakäynti");

    const invoiced = await ville.vouchers.provider.invoiceCoPayments(query);
    expect(invoiced).toMatchObject({ grossCents: 2800, events: 2 });
    const [invoice] = await h.deps.db.select().from(invoices).where(eq(invoices.id, invoiced.invoiceId));
    const [customer] = await h.deps.db
      .select()
      .from(customers)
      .where(eq(customers.id, invoice?.customerId ?? ""));
    expect(customer).toMatchObject({ customerNumber: "V-1002", name: "Matti Meikäläinen", isPerson: true });
    const rows = await h.deps.db.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, invoiced.invoiceId));
    expect(rows.map((r) => r.grossCents)).toEqual([1600, 1200]);
    expect(JSON.stringify({ invoice, customer, rows })).not.toMatch(/-9159(?![0-9a-f-])/i);

    // Invoiced once: the same range has nothing left to invoice.
    await expectRefusal(ville.vouchers.provider.invoiceCoPayments(query), "BAD_REQUEST", "NO_CO_PAYMENTS_TO_INVOICE");
  });

  it("refuses to invoice a client without the provider's own customer number", async () => {
    const { ville, provider } = await voucherActors(h);
    const liisa = await powerOf(h, "PS-2026-0004");
    await expectRefusal(
      ville.vouchers.provider.invoiceCoPayments({
        ...provider,
        clientId: liisa.clientId,
        serviceId: liisa.serviceId,
        from: "2026-11-01",
        to: "2026-11-30",
      }),
      "BAD_REQUEST",
      "CLIENT_NUMBER_MISSING",
    );
  });

  it("e-mails a credit's explanation to the provider once, without the identity code", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    const power = await powerOf(h, "PS-2026-0002");
    const event = await ville.vouchers.provider.recordEvent({
      ...provider,
      ...eventAt(power, "2026-10-27T09:00", "Aamukäynti", 2),
    });
    await olli.vouchers.organizer.approve({ ...organizer, eventId: event.id });
    await olli.vouchers.organizer.runSettlement({ ...organizer, period: "2026-10" });
    const credit = await olli.vouchers.organizer.credit({
      ...organizer,
      eventId: event.id,
      reasonCode: "HINTA",
      explanation: "Käynti kesti tunnin, ei kahta.",
      amountCents: 4000,
    });
    expect(credit.amountCents).toBe(-4000);
    const mails = await h.deps.db
      .select()
      .from(outgoingMails)
      .where(eq(outgoingMails.idempotencyKey, `voucher-credit:${credit.creditId}`));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: "ville.virtanen@demo.reskontra.fi", status: "queued" });
    expect(mails[0]?.body).toContain("Käynti kesti tunnin, ei kahta.");
    expect(mails[0]?.body).toContain("V-1002");
    expect(mails[0]?.body).not.toMatch(/-9159(?![0-9a-f-])/i);
  });
});

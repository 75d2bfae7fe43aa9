import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { invoices } from "@reskontra/db";
import { parseVirtualBarcode } from "@reskontra/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderInvoicePdf } from "@reskontra/documents";
import { readPdf } from "@reskontra/documents/testing";
import { loadInvoiceDocument } from "@reskontra/usecases/invoices";
import { insertSubmittedInvoice, OPERATOR_BILLING } from "./test-support/invoice-fixtures";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

describe("loadInvoiceDocument", () => {
  it("builds the document from the invoice, its rows and the buyer snapshot", async () => {
    const fixture = await insertSubmittedInvoice(database.db);
    const doc = await loadInvoiceDocument({ db: database.db }, { invoiceId: fixture.invoiceId });
    expect(doc).toMatchObject({
      kind: "invoice",
      language: "fi",
      invoiceNumber: fixture.invoiceNumber,
      referenceNumber: fixture.reference,
      issueDate: "2026-11-09",
      dueDate: "2026-11-23",
      deliveryDate: "2026-10-31",
      paymentTermsDays: 14,
      totals: { netCents: 100200, vatCents: 23228, grossCents: 123428 },
      vatBreakdown: [
        { vatRatePercent: 25.5, netCents: 80000, vatCents: 20400 },
        { vatRatePercent: 14, netCents: 20200, vatCents: 2828 },
      ],
      notes: "Kiitos asiakkuudesta!",
    });
    expect(doc.rows.map((r) => [r.quantity, r.unit, r.vatRatePercent])).toEqual([
      [10, "h", 25.5],
      [2, "kpl", 14],
    ]);
    expect(doc.referenceFormatted.replace(/ /g, "")).toBe(fixture.reference);
    expect(doc.buyer).toMatchObject({
      name: "Kahvila Myllynkivi Oy",
      businessId: "0112038-9",
      customerNumber: "1057",
      einvoiceAddress: "003701120389",
    });
    expect(doc.virtualBarcode).not.toBeNull();
    const barcode = parseVirtualBarcode(doc.virtualBarcode ?? "");
    expect(barcode).toMatchObject({ version: 4, amountCents: 123428, reference: fixture.reference, dueDate: "2026-11-23" });
    expect(doc.epcQrPayload).toContain("EUR1234.28");
    // The due date in the Finnish banks' QR form.
    expect(doc.epcQrPayload.split("\n").at(-1)).toBe("ReqdExctnDt/2026-11-23");
  });

  it("takes the seller's missing billing details from the operator, group by group", async () => {
    const fixture = await insertSubmittedInvoice(database.db, {
      organization: { street: "Hämeenkatu 12 A 3", postalCode: "33100", city: "Tampere", email: "aino@aijala.example" },
    });
    const doc = await loadInvoiceDocument({ db: database.db }, { invoiceId: fixture.invoiceId });
    expect(doc.seller).toMatchObject({
      name: "Tilitoimisto Äijälä Oy",
      businessId: "2345678-0",
      address: { street: "Hämeenkatu 12 A 3", postalCode: "33100", city: "Tampere", countryCode: "FI" },
      email: "aino@aijala.example",
      iban: OPERATOR_BILLING.iban,
      bic: OPERATOR_BILLING.bic,
      einvoiceAddress: OPERATOR_BILLING.einvoiceAddress,
    });
    const own = await insertSubmittedInvoice(database.db, {
      organization: { iban: "FI4950009420028730", bic: "OKOYFIHH", street: "Katu 1" },
    });
    const ownDoc = await loadInvoiceDocument({ db: database.db }, { invoiceId: own.invoiceId });
    // Own bank account, but an incomplete own address: the operator's whole address, not a mix.
    expect(ownDoc.seller).toMatchObject({
      iban: "FI4950009420028730",
      bic: "OKOYFIHH",
      address: { street: OPERATOR_BILLING.street, city: OPERATOR_BILLING.city },
    });
  });

  it("speaks the owner's language and never prints an identity code, even if a snapshot carried one", async () => {
    const fixture = await insertSubmittedInvoice(database.db, {
      locale: "en",
      buyer: { name: "Matti Meikäläinen", isPerson: true, businessId: "0112038-9" },
    });
    await database.db
      .update(invoices)
      .set({
        buyerSnapshot: sql`${invoices.buyerSnapshot} || '{"personalIdentityCode":"131052-308T","hetu":"131052-308T"}'::jsonb`,
      })
      .where(eq(invoices.id, fixture.invoiceId));
    const doc = await loadInvoiceDocument({ db: database.db }, { invoiceId: fixture.invoiceId });
    expect(doc.language).toBe("en");
    expect(doc.buyer.businessId).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain("131052-308T");
    const { text } = await readPdf(await renderInvoicePdf(doc));
    expect(text).toContain("Matti Meikäläinen");
    expect(text).not.toMatch(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/);
  });

  it("refuses an invoice whose rows do not add up to its booked totals", async () => {
    const fixture = await insertSubmittedInvoice(database.db);
    await database.db.update(invoices).set({ grossCents: 1 }).where(eq(invoices.id, fixture.invoiceId));
    await expect(loadInvoiceDocument({ db: database.db }, { invoiceId: fixture.invoiceId })).rejects.toThrow(
      /rows sum to 123428 cents/,
    );
  });
});

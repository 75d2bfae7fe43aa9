import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { dispatches, invoiceDocuments, organizations, type DeliveryMethod } from "@reskontra/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildFinvoice, renderInvoicePdf } from "@reskontra/documents";
import { readPdf } from "@reskontra/documents/testing";
import { finvoiceXsd, validateFinvoice } from "@reskontra/documents/testing/finvoice";
import { loadInvoiceDocument } from "@reskontra/usecases/invoices";
import { dispatchJob } from "../dispatch/dispatch-job";
import { insertQueuedDispatch, insertSubmittedInvoice, OPERATOR_BILLING } from "./test-support/invoice-fixtures";
import { jobContext, useWorkerTestEnvironment } from "./test-support/job-harness";

const env = useWorkerTestEnvironment();
const createdAt = new Date("2026-11-09T10:00:00Z");

/** 1 234 578,89 € with VAT: more than the bank barcode's amount field holds (999 999,99 €). */
const millionRows = [{ description: "Toimitilan kauppahinta", quantity: 1, unitPriceCents: 98_372_820, vatRatePercent: 25.5 }];

describe("VAT per rate on the invoice (EN 16931 BR-CO-17)", () => {
  it("ten rows of 0,10 € at 25,5 % show VAT 0,26 € and total 1,26 € on the PDF and in the Finvoice", async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      description: `Kopio ${i + 1}`,
      quantity: 1,
      unitPriceCents: 10,
      vatRatePercent: 25.5,
    }));
    const fixture = await insertSubmittedInvoice(env.database.db, { rows });
    const doc = await loadInvoiceDocument({ db: env.database.db }, { invoiceId: fixture.invoiceId });
    expect(doc.totals).toEqual({ netCents: 100, vatCents: 26, grossCents: 126 });
    expect(doc.vatBreakdown).toEqual([{ vatRatePercent: 25.5, netCents: 100, vatCents: 26 }]);
    // Each row keeps its own rounded VAT.
    expect(doc.rows.every((r) => r.vatCents === 3)).toBe(true);
    const { text } = await readPdf(await renderInvoicePdf(doc));
    expect(text).toContain("0,26 €");
    expect(text).toContain("1,26 €");
    const xml = buildFinvoice(doc, { messageIdentifier: "TEST-BR-CO-17", timestamp: "2026-11-09T08:00:00Z" });
    expect(xml).toContain('<InvoiceTotalVatAmount AmountCurrencyIdentifier="EUR">0,26</InvoiceTotalVatAmount>');
    expect(xml).toContain('<VatRateAmount AmountCurrencyIdentifier="EUR">0,26</VatRateAmount>');
  });
});

describe("the seller's business ID", () => {
  it("is on the invoice PDF: the organization's own, or the operator's where it has none", async () => {
    const own = await insertSubmittedInvoice(env.database.db);
    const ownText = (
      await readPdf(await renderInvoicePdf(await loadInvoiceDocument({ db: env.database.db }, { invoiceId: own.invoiceId })))
    ).text;
    expect(ownText).toContain("Y-tunnus 2345678-0");

    const without = await insertSubmittedInvoice(env.database.db);
    await env.database.db.update(organizations).set({ businessId: null }).where(eq(organizations.id, without.organizationId));
    const doc = await loadInvoiceDocument({ db: env.database.db }, { invoiceId: without.invoiceId });
    expect(doc.seller.businessId).toBe(OPERATOR_BILLING.businessId);
    expect((await readPdf(await renderInvoicePdf(doc))).text).toContain(`Y-tunnus ${OPERATOR_BILLING.businessId}`);
  });
});

describe("an invoice of 1 000 000 € or more", () => {
  it("has no bank barcode, and an EPC QR code with the full amount and the due date", async () => {
    const fixture = await insertSubmittedInvoice(env.database.db, { rows: millionRows });
    const doc = await loadInvoiceDocument({ db: env.database.db }, { invoiceId: fixture.invoiceId });
    expect(doc.totals.grossCents).toBe(123_457_889);
    expect(doc.virtualBarcode).toBeNull();
    expect(doc.epcQrPayload.split("\n")[7]).toBe("EUR1234578.89");
    expect(doc.epcQrPayload.split("\n").at(-1)).toBe("ReqdExctnDt/2026-11-23");
  });

  it.each(["post", "email"] as DeliveryMethod[])("goes out by %s with the amount and no barcode", async (channel) => {
    const fixture = await insertSubmittedInvoice(env.database.db, { rows: millionRows, deliveryMethod: channel });
    const dispatchId = await insertQueuedDispatch(env.database.db, fixture, { channel, createdAt });
    expect(await dispatchJob(jobContext(env.database.db, env.harness), dispatchId)).toBe("sent");
    const [document] = await env.database.db.select().from(invoiceDocuments).where(eq(invoiceDocuments.dispatchId, dispatchId));
    if (!document) throw new Error("no document stored");
    const { text } = await readPdf(document.pdf);
    expect(text).toContain("1 234 578,89 €");
    expect(text).toContain("Summa ei mahdu pankkiviivakoodiin");
    if (channel === "email") {
      const mails = (await env.harness.caught()).filter((m) => m.messageId === `<dispatch-${dispatchId}@reskontra>`);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.text.replace(/\u00a0/g, " ")).toContain("1 234 578,89 €");
    }
  });

  it.skipIf(finvoiceXsd === null)("goes out as a Finvoice that validates, without VirtualBankBarcode", async () => {
    const fixture = await insertSubmittedInvoice(env.database.db, { rows: millionRows, deliveryMethod: "einvoice" });
    const dispatchId = await insertQueuedDispatch(env.database.db, fixture, { channel: "einvoice", createdAt });
    expect(await dispatchJob(jobContext(env.database.db, env.harness), dispatchId)).toBe("sent");
    const [dispatch] = await env.database.db.select().from(dispatches).where(eq(dispatches.id, dispatchId));
    expect(dispatch?.status).toBe("sent");
    const name = (await readdir(env.harness.config.einvoiceOutboxDir)).find((f) => f.includes(dispatchId));
    if (!name) throw new Error("no Finvoice written");
    const xml = await readFile(path.join(env.harness.config.einvoiceOutboxDir, name), "utf8");
    const result = await validateFinvoice(xml);
    expect(result.errors).toEqual([]);
    expect(xml).not.toContain("<VirtualBankBarcode>");
    expect(xml).toContain('<EpiInstructedAmount AmountCurrencyIdentifier="EUR">1234578,89</EpiInstructedAmount>');
  });
});

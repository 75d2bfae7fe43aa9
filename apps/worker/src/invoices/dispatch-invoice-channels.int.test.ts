import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { auditLog, dispatches, invoiceDocuments, invoices } from "@reskontra/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchJob } from "../dispatch/dispatch-job";
import { readPdf } from "@reskontra/documents/testing";
import { finvoiceXsd, validateFinvoice } from "@reskontra/documents/testing/finvoice";
import { insertQueuedDispatch, insertSubmittedInvoice } from "./test-support/invoice-fixtures";
import { crashOnceAt, jobContext, startHarness, type Harness } from "./test-support/job-harness";

let database: TestDatabase;
let harness: Harness;
const createdAt = new Date("2026-11-09T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  await database?.dispose();
});

async function load(dispatchId: string) {
  const [dispatch] = await database.db.select().from(dispatches).where(eq(dispatches.id, dispatchId));
  const [document] = await database.db.select().from(invoiceDocuments).where(eq(invoiceDocuments.dispatchId, dispatchId));
  return { dispatch, document };
}

describe("post", () => {
  it("writes one PDF to the print outbox, and a rerun after a crash rewrites the same file", async () => {
    const fixture = await insertSubmittedInvoice(database.db, { deliveryMethod: "post" });
    const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "post", createdAt });
    await expect(
      dispatchJob(jobContext(database.db, harness, { faults: crashOnceAt("delivered") }), dispatchId),
    ).rejects.toThrow();
    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("sent");

    const name = `${fixture.invoiceNumber}-${dispatchId}.pdf`;
    const files = await readdir(harness.config.printOutboxDir);
    expect(files).toEqual([name]); // no temporary leftovers, no second copy
    const file = path.join(harness.config.printOutboxDir, name);
    const { dispatch, document } = await load(dispatchId);
    expect(dispatch).toMatchObject({ status: "sent", externalRef: file });
    const bytes = await readFile(file);
    expect(document?.pdf.equals(bytes)).toBe(true);
    expect((await readPdf(bytes)).text).toContain(fixture.invoiceNumber);
  });

  it("POSTs the PDF to the print service with an Idempotency-Key when one is configured", async () => {
    const received: { headers: IncomingHttpHeaders; bytes: Buffer }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ headers: req.headers, bytes: Buffer.concat(chunks) });
        res.writeHead(202, { Location: `/jobs/${received.length}` }).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/print`;
    try {
      const fixture = await insertSubmittedInvoice(database.db, { deliveryMethod: "post" });
      const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "post", createdAt });
      const config = { ...harness.config, printServiceUrl: url };
      // A lost answer: the service printed, the worker died; the rerun repeats the same key.
      await expect(
        dispatchJob(jobContext(database.db, harness, { config, faults: crashOnceAt("delivered") }), dispatchId),
      ).rejects.toThrow();
      expect(await dispatchJob(jobContext(database.db, harness, { config }), dispatchId)).toBe("sent");

      expect(received).toHaveLength(2);
      expect(received.map((r) => r.headers["idempotency-key"])).toEqual([`dispatch-${dispatchId}`, `dispatch-${dispatchId}`]);
      expect(received[0]?.headers["content-type"]).toBe("application/pdf");
      const { dispatch, document } = await load(dispatchId);
      expect(document?.pdf.equals(received[1]?.bytes ?? Buffer.alloc(0))).toBe(true);
      expect(dispatch?.externalRef).toBe(new URL("/jobs/2", url).toString());
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("e-invoice", () => {
  it.skipIf(finvoiceXsd === null)("writes one Finvoice 3.0 message that validates against the XSD", async () => {
    const fixture = await insertSubmittedInvoice(database.db, { deliveryMethod: "einvoice" });
    const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "einvoice", createdAt });
    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("sent");
    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("skipped");

    const name = `${fixture.invoiceNumber}-${dispatchId}.xml`;
    const files = (await readdir(harness.config.einvoiceOutboxDir)).filter((f) => f.includes(dispatchId));
    expect(files).toEqual([name]);
    const xml = await readFile(path.join(harness.config.einvoiceOutboxDir, name), "utf8");
    const result = await validateFinvoice(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain(`<InvoiceNumber>${fixture.invoiceNumber}</InvoiceNumber>`);
    expect(xml).toContain(`<MessageIdentifier>RESKONTRA-${dispatchId}</MessageIdentifier>`);
    expect(xml).toContain("<BuyerOrganisationUnitNumber>003701120389</BuyerOrganisationUnitNumber>");
    const { document } = await load(dispatchId);
    expect(document?.finvoiceXml).toBe(xml);
    const [invoice] = await database.db.select().from(invoices).where(eq(invoices.id, fixture.invoiceId));
    expect(invoice?.status).toBe("sent");
  });

  it("refuses a buyer without an e-invoice address: failed with a clear error and a history row, nothing written", async () => {
    const fixture = await insertSubmittedInvoice(database.db, {
      deliveryMethod: "einvoice",
      buyer: { einvoiceAddress: null, einvoiceOperator: null },
    });
    const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "einvoice", createdAt });
    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("failed");
    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("skipped");

    const { dispatch, document } = await load(dispatchId);
    expect(dispatch?.status).toBe("failed");
    expect(dispatch?.lastError).toBe(
      `buyer "Kahvila Myllynkivi Oy" has no e-invoice address and operator id: cannot send invoice ${fixture.invoiceNumber} as an e-invoice`,
    );
    expect(document).toBeUndefined();
    const files = await readdir(harness.config.einvoiceOutboxDir).catch(() => []);
    expect(files.filter((f) => f.includes(dispatchId))).toEqual([]);
    const [invoice] = await database.db.select().from(invoices).where(eq(invoices.id, fixture.invoiceId));
    expect(invoice?.status).toBe("submitted");
    const history = await database.db.select().from(auditLog).where(eq(auditLog.entityId, fixture.invoiceId));
    expect(history).toEqual([
      expect.objectContaining({
        action: "invoice.dispatch_failed",
        actorUserId: fixture.agentId,
        after: expect.objectContaining({ channel: "einvoice", dispatchId }),
      }),
    ]);
  });
});

import { readdir } from "node:fs/promises";
import { createServer } from "node:net";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { auditLog, dispatches, invoiceDocuments, invoices } from "@reskontra/db";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchInvoice } from "@reskontra/jobs";
import { finvoiceXsd, validateFinvoice } from "@reskontra/documents/testing/finvoice";
import { dispatchJob } from "../dispatch/dispatch-job";
import { startWorker } from "../worker";
import { insertQueuedDispatch, insertSubmittedInvoice } from "./test-support/invoice-fixtures";
import { crashOnceAt, jobContext, startHarness, type Harness } from "./test-support/job-harness";
import { OPERATOR_RECEIVED_AT, startFakeOperator, type FakeOperator } from "./test-support/fake-operator";

/** E-invoices POSTed to an operator (EINVOICE_OPERATOR_URL) instead of written to the folder. */

let database: TestDatabase;
let harness: Harness;
let operator: FakeOperator;
const createdAt = new Date("2026-11-09T10:00:00Z");
const ENVELOPE_END = "</SOAP-ENV:Envelope>\n";

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness();
  operator = await startFakeOperator();
});
afterAll(async () => {
  await operator?.close();
  await harness?.close();
  await database?.dispose();
});

function operatorConfig(url = operator.url) {
  return { ...harness.config, einvoiceOperatorUrl: url, einvoiceOperatorToken: "operaattorin-salaisuus" };
}

async function queuedEinvoice() {
  const fixture = await insertSubmittedInvoice(database.db, { deliveryMethod: "einvoice" });
  const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "einvoice", createdAt });
  return { fixture, dispatchId };
}

async function loadDispatch(dispatchId: string) {
  const [dispatch] = await database.db.select().from(dispatches).where(eq(dispatches.id, dispatchId));
  return dispatch;
}

async function dispatchActions(dispatchId: string): Promise<string[]> {
  const rows = await database.db.select().from(auditLog).where(eq(auditLog.entityId, dispatchId)).orderBy(auditLog.id);
  return rows.map((r) => r.action);
}

function requestsFor(dispatchId: string) {
  return operator.requests.filter((r) => r.headers["idempotency-key"] === `dispatch-${dispatchId}`);
}

describe("e-invoice to the operator over HTTP", () => {
  it("POSTs the framed Finvoice with the dispatch's idempotency key and records the operator's acknowledgement", async () => {
    const { fixture, dispatchId } = await queuedEinvoice();
    const ctx = jobContext(database.db, harness, { config: operatorConfig() });
    expect(await dispatchJob(ctx, dispatchId)).toBe("sent");
    expect(await dispatchJob(ctx, dispatchId)).toBe("skipped");

    const [request] = requestsFor(dispatchId);
    expect(requestsFor(dispatchId)).toHaveLength(1);
    expect(request?.headers).toMatchObject({
      "content-type": "text/xml; charset=utf-8",
      authorization: "Bearer operaattorin-salaisuus",
    });
    const body = request?.body ?? "";
    const [frame = "", message = ""] = body.split(ENVELOPE_END);
    expect(frame).toContain("<eb:PartyId>003712345678</eb:PartyId>\n        <eb:Role>Sender</eb:Role>");
    expect(frame).toContain("<eb:PartyId>003723327487</eb:PartyId>\n        <eb:Role>Intermediator</eb:Role>");
    expect(frame).toContain("<eb:PartyId>003701120389</eb:PartyId>\n        <eb:Role>Receiver</eb:Role>");
    expect(frame).toContain("<eb:PartyId>NDEAFIHH</eb:PartyId>\n        <eb:Role>Intermediator</eb:Role>");
    expect(frame).toContain(`<eb:MessageId>RESKONTRA-${dispatchId}</eb:MessageId>`);
    expect(frame).toContain("<eb:Timestamp>2026-11-09T10:00:00Z</eb:Timestamp>");
    // The message travels exactly as it was rendered and kept for preview.
    const [document] = await database.db.select().from(invoiceDocuments).where(eq(invoiceDocuments.dispatchId, dispatchId));
    expect(message).toBe(document?.finvoiceXml);
    if (finvoiceXsd !== null) expect((await validateFinvoice(message)).errors).toEqual([]);

    expect(await loadDispatch(dispatchId)).toMatchObject({
      status: "sent",
      externalRef: "OP-1",
      operatorMessageId: "OP-1",
      operatorReceivedAt: new Date(OPERATOR_RECEIVED_AT),
      operatorResponse: expect.stringContaining('"status":"accepted"'),
      lastError: null,
    });
    expect(await dispatchActions(dispatchId)).toEqual(["dispatch.operator_acknowledged", "dispatch.sent"]);
    const [ackAudit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, dispatchId)).orderBy(auditLog.id);
    expect(ackAudit).toMatchObject({
      actorUserId: fixture.agentId,
      organizationId: fixture.organizationId,
      after: { operatorMessageId: "OP-1", operatorReceivedAt: new Date(OPERATOR_RECEIVED_AT).toISOString() },
    });
    const [invoice] = await database.db.select().from(invoices).where(eq(invoices.id, fixture.invoiceId));
    expect(invoice?.status).toBe("sent");
    // The folder is not used when an operator address is set.
    const files = await readdir(harness.config.einvoiceOutboxDir).catch(() => []);
    expect(files.filter((f) => f.includes(dispatchId))).toEqual([]);
  });

  it("sends the credentials written in the operator's address as Basic, and never puts them in the reference", async () => {
    const { dispatchId } = await queuedEinvoice();
    const withCredentials = operator.url.replace("http://", "http://reskontra:p%C3%A4ssi@");
    const config = { ...operatorConfig(withCredentials), einvoiceOperatorToken: null };
    expect(await dispatchJob(jobContext(database.db, harness, { config }), dispatchId)).toBe("sent");
    const [request] = requestsFor(dispatchId);
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from("reskontra:pässi").toString("base64")}`);
    expect((await loadDispatch(dispatchId))?.externalRef).not.toContain("pässi");
  });

  it("a job killed after the operator took the message resends the same key, and the operator keeps one message", async () => {
    const { dispatchId } = await queuedEinvoice();
    const config = operatorConfig();
    await expect(
      dispatchJob(jobContext(database.db, harness, { config, faults: crashOnceAt("operator-answered") }), dispatchId),
    ).rejects.toThrow("injected crash at operator-answered");
    expect(await loadDispatch(dispatchId)).toMatchObject({ status: "queued", operatorReceivedAt: null });
    expect(await dispatchJob(jobContext(database.db, harness, { config }), dispatchId)).toBe("sent");

    const requests = requestsFor(dispatchId);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.body).toBe(requests[0]?.body);
    expect(operator.messages.get(`dispatch-${dispatchId}`)?.body).toBe(requests[0]?.body);
    const keptForThisDispatch = [...operator.messages.keys()].filter((k) => k === `dispatch-${dispatchId}`);
    expect(keptForThisDispatch).toHaveLength(1);
    const messageId = operator.messages.get(`dispatch-${dispatchId}`)?.messageId;
    expect(await loadDispatch(dispatchId)).toMatchObject({ status: "sent", operatorMessageId: messageId, externalRef: messageId });
    expect(await dispatchActions(dispatchId)).toEqual(["dispatch.operator_acknowledged", "dispatch.sent"]);
  });

  it("a 400 fails the dispatch with the operator's reason and records no acknowledgement", async () => {
    const { fixture, dispatchId } = await queuedEinvoice();
    operator.refuseNext({
      status: 400,
      contentType: "application/json",
      body: JSON.stringify({ reason: "Vastaanottajan verkkolaskuosoitetta 003701120389 ei löydy" }),
    });
    expect(await dispatchJob(jobContext(database.db, harness, { config: operatorConfig() }), dispatchId)).toBe("failed");
    expect(await dispatchJob(jobContext(database.db, harness, { config: operatorConfig() }), dispatchId)).toBe("skipped");

    expect(requestsFor(dispatchId)).toHaveLength(1);
    expect(await loadDispatch(dispatchId)).toMatchObject({
      status: "failed",
      operatorMessageId: null,
      operatorReceivedAt: null,
      lastError: `the e-invoice operator answered 400 Bad Request for invoice ${fixture.invoiceNumber}: Vastaanottajan verkkolaskuosoitetta 003701120389 ei löydy`,
    });
    const [invoice] = await database.db.select().from(invoices).where(eq(invoices.id, fixture.invoiceId));
    expect(invoice?.status).toBe("submitted");
    const history = await database.db.select().from(auditLog).where(eq(auditLog.entityId, fixture.invoiceId));
    expect(history.map((h) => h.action)).toEqual(["invoice.dispatch_failed"]);
  });

  it("an operator that cannot be reached leaves the dispatch queued for the retry, with the reason", async () => {
    const { dispatchId } = await queuedEinvoice();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const address = closed.address();
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const port = typeof address === "object" && address !== null ? address.port : 0;
    const ctx = jobContext(database.db, harness, { config: operatorConfig(`http://127.0.0.1:${port}/finvoice`) });
    await expect(dispatchJob(ctx, dispatchId)).rejects.toThrow();
    expect(await loadDispatch(dispatchId)).toMatchObject({ status: "queued", attempts: 1, operatorReceivedAt: null });
    expect((await loadDispatch(dispatchId))?.lastError).toBeTruthy();
  });
});

describe("e-invoice to the operator through pg-boss", () => {
  it("a 503 is retried by the queue with backoff, and the acknowledgement is recorded once", async () => {
    const { dispatchId } = await queuedEinvoice();
    operator.refuseNext({ status: 503, body: "Huoltokatko, yritä myöhemmin" });
    const worker = await startWorker({
      database,
      url: database.url,
      clock: () => createdAt,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
      config: operatorConfig(),
    });
    try {
      await worker.jobs.send(dispatchInvoice, { dispatchId }, { singletonKey: dispatchId });
      await expect.poll(async () => (await loadDispatch(dispatchId))?.status, { timeout: 30_000, interval: 200 }).toBe("sent");
    } finally {
      await worker.stop();
    }
    const requests = requestsFor(dispatchId);
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => r.headers["idempotency-key"])).toEqual([`dispatch-${dispatchId}`, `dispatch-${dispatchId}`]);
    const messageId = operator.messages.get(`dispatch-${dispatchId}`)?.messageId;
    expect(await loadDispatch(dispatchId)).toMatchObject({
      status: "sent",
      attempts: 2,
      operatorMessageId: messageId,
      operatorReceivedAt: new Date(OPERATOR_RECEIVED_AT),
      lastError: null,
    });
    expect(await dispatchActions(dispatchId)).toEqual(["dispatch.operator_acknowledged", "dispatch.sent"]);
  }, 60_000);
});

import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { auditLog, dispatches, invoiceDocuments, invoices, notifications, outgoingMails } from "@reskontra/db";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchInvoice, sweepOutbox } from "@reskontra/jobs";
import { startWorker, type RunningWorker } from "../worker";
import { readPdf } from "@reskontra/documents/testing";
import { insertQueuedDispatch, insertSubmittedInvoice } from "./test-support/invoice-fixtures";
import { startHarness, type Harness } from "./test-support/job-harness";

/** Through the real queue: pg-boss on the test database, the worker's own handlers and mailer. */

let database: TestDatabase;
let harness: Harness;
let worker: RunningWorker;
const now = new Date("2026-11-09T10:00:00Z");
const poll = { timeout: 30_000, interval: 200 };

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness();
  worker = await startWorker({
    database,
    url: database.url,
    clock: () => now,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    config: harness.config,
  });
});
afterAll(async () => {
  await worker?.stop();
  await harness?.close();
  await database?.dispose();
});

async function dispatchStatus(dispatchId: string): Promise<string | undefined> {
  const [d] = await database.db.select({ status: dispatches.status }).from(dispatches).where(eq(dispatches.id, dispatchId));
  return d?.status;
}

describe("e-mail dispatch through pg-boss", () => {
  it("delivers the invoice PDF to the buyer, opens the receivable, and tells the owner in the app and by e-mail", async () => {
    const fixture = await insertSubmittedInvoice(database.db, { locale: "en" });
    const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "email", createdAt: now });
    // As the api does after its commit; the second send while the first waits collapses into it.
    expect(await worker.jobs.send(dispatchInvoice, { dispatchId }, { singletonKey: dispatchId })).toBeTruthy();

    await expect.poll(() => dispatchStatus(dispatchId), poll).toBe("sent");
    await expect.poll(async () => (await harness.caught()).length, poll).toBe(2);

    const mails = await harness.caught();
    const invoiceMail = mails.find((m) => m.messageId === `<dispatch-${dispatchId}@reskontra>`);
    expect(invoiceMail).toMatchObject({
      from: "laskut@reskontra.fi",
      to: ["ostot@myllynkivi.example"],
      subject: `Invoice ${fixture.invoiceNumber} – Tilitoimisto Äijälä Oy`,
    });
    expect(invoiceMail?.attachments).toHaveLength(1);
    const attachment = invoiceMail?.attachments[0];
    expect(attachment).toMatchObject({ filename: `invoice-${fixture.invoiceNumber}.pdf`, contentType: "application/pdf" });
    if (!attachment) return;
    const { text } = await readPdf(attachment.content);
    expect(text).toContain(fixture.invoiceNumber);
    expect(text).toContain("Kahvila Myllynkivi Oy");

    const [document] = await database.db.select().from(invoiceDocuments).where(eq(invoiceDocuments.dispatchId, dispatchId));
    expect(document?.pdf.equals(attachment.content)).toBe(true);

    const [invoice] = await database.db.select().from(invoices).where(eq(invoices.id, fixture.invoiceId));
    expect(invoice).toMatchObject({ status: "sent", sentAt: now });
    const [dispatch] = await database.db.select().from(dispatches).where(eq(dispatches.id, dispatchId));
    expect(dispatch).toMatchObject({
      status: "sent",
      sentAt: now,
      externalRef: `<dispatch-${dispatchId}@reskontra>`,
      attempts: 1,
    });

    const notes = await database.db.select().from(notifications).where(eq(notifications.userId, fixture.userId));
    expect(notes).toEqual([
      expect.objectContaining({
        kind: "invoice_sent",
        invoiceId: fixture.invoiceId,
        params: { invoiceNumber: fixture.invoiceNumber, channel: "email" },
      }),
    ]);

    const history = await database.db.select().from(auditLog).where(eq(auditLog.entityId, fixture.invoiceId));
    expect(history).toEqual([
      expect.objectContaining({
        action: "invoice.sent",
        actorUserId: fixture.agentId,
        organizationId: fixture.organizationId,
        at: now,
        after: { channel: "email", dispatchId, externalRef: `<dispatch-${dispatchId}@reskontra>`, status: "sent" },
      }),
    ]);
    const dispatchHistory = await database.db.select().from(auditLog).where(eq(auditLog.entityId, dispatchId));
    expect(dispatchHistory.map((a) => a.action)).toEqual(["dispatch.sent"]);

    const ownerMail = mails.find((m) => m.to.includes(fixture.userEmail));
    expect(ownerMail?.subject).toBe(`Invoice ${fixture.invoiceNumber} has been sent`);
    expect(ownerMail?.text).toContain(`https://reskontra.test/invoices/${fixture.invoiceId}`);
    await expect
      .poll(
        async () =>
          (await database.db.select().from(outgoingMails).where(eq(outgoingMails.toAddress, fixture.userEmail)))[0]?.status,
        poll,
      )
      .toBe("sent");
  });

  it("the same dispatch enqueued twice still sends one e-mail", async () => {
    const fixture = await insertSubmittedInvoice(database.db);
    const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "email", createdAt: now });
    await Promise.all([
      worker.jobs.send(dispatchInvoice, { dispatchId }, { singletonKey: dispatchId }),
      worker.jobs.send(dispatchInvoice, { dispatchId }, { singletonKey: dispatchId }),
      // Without a key the queue cannot collapse it: the handler's own guard must hold.
      worker.jobs.send(dispatchInvoice, { dispatchId }),
    ]);
    await expect.poll(() => dispatchStatus(dispatchId), poll).toBe("sent");
    await expect.poll(async () => (await worker.boss.getQueueSize(dispatchInvoice.name)) === 0, poll).toBe(true);
    const toBuyer = (await harness.caught()).filter((m) => m.messageId === `<dispatch-${dispatchId}@reskontra>`);
    expect(toBuyer).toHaveLength(1);
  });

  it("collapses a second send with the same singletonKey while the first waits", async () => {
    const dispatchId = randomUUID();
    const later = { singletonKey: dispatchId, startAfter: new Date(Date.now() + 3_600_000) };
    const first = await worker.jobs.send(dispatchInvoice, { dispatchId }, later);
    expect(first).toBeTruthy();
    expect(await worker.jobs.send(dispatchInvoice, { dispatchId }, later)).toBeNull();
    if (first) await worker.boss.cancel(dispatchInvoice.name, first);
  });

  it("a queued dispatch whose job was lost is delivered after the outbox sweep", async () => {
    const fixture = await insertSubmittedInvoice(database.db, { deliveryMethod: "post" });
    // Committed two minutes ago, and the enqueue never happened.
    const dispatchId = await insertQueuedDispatch(database.db, fixture, {
      channel: "post",
      createdAt: new Date(now.getTime() - 120_000),
    });
    await worker.jobs.send(sweepOutbox, {});
    await expect.poll(() => dispatchStatus(dispatchId), poll).toBe("sent");
  });
});

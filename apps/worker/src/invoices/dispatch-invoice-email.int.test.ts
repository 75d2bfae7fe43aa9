import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { alerts, auditLog, dispatches, invoices, outgoingMails, sideEffects } from "@reskontra/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendMail } from "@reskontra/jobs";
import { SIDE_EFFECT_LEASE_MS, SideEffectInFlightError } from "../jobs/side-effect-once";
import { sendOutgoingMailJob } from "../mail/send-outgoing-mail";
import { dispatchJob } from "../dispatch/dispatch-job";
import { sweepOutboxJob } from "./sweep-outbox";
import { insertQueuedDispatch, insertSubmittedInvoice } from "./test-support/invoice-fixtures";
import { crashOnceAt, jobContext, recordingQueue, startHarness, testClock, type Harness } from "./test-support/job-harness";

let database: TestDatabase;
let harness: Harness;
const start = new Date("2026-11-09T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  await database?.dispose();
});

/** A fresh submitted invoice with a queued e-mail dispatch; mails are counted by the dispatch's Message-ID. */
async function emailDispatch() {
  const fixture = await insertSubmittedInvoice(database.db);
  const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "email", createdAt: start });
  const invoiceMails = async () => (await harness.caught()).filter((m) => m.messageId === `<dispatch-${dispatchId}@reskontra>`);
  const state = async () => {
    const [d] = await database.db.select().from(dispatches).where(eq(dispatches.id, dispatchId));
    const [i] = await database.db.select().from(invoices).where(eq(invoices.id, fixture.invoiceId));
    return { dispatch: d, invoice: i };
  };
  return { fixture, dispatchId, invoiceMails, state };
}

describe("e-mail dispatch, handler called directly", () => {
  it("sends once when the job runs twice", async () => {
    const { dispatchId, invoiceMails, state } = await emailDispatch();
    const jobs = recordingQueue();
    const ctx = jobContext(database.db, harness, { jobs });
    expect(await dispatchJob(ctx, dispatchId)).toBe("sent");
    expect(await dispatchJob(ctx, dispatchId)).toBe("skipped");
    expect(await invoiceMails()).toHaveLength(1);
    const { dispatch, invoice } = await state();
    expect(dispatch?.status).toBe("sent");
    expect(dispatch?.externalRef).toBe(`<dispatch-${dispatchId}@reskontra>`);
    expect(invoice?.status).toBe("sent");
    // One notification mail queued, enqueued once.
    expect(jobs.sent.filter((j) => j.name === sendMail.name)).toHaveLength(1);
  });

  it("sends once when two runs race", async () => {
    const { dispatchId, invoiceMails, state } = await emailDispatch();
    const ctx = jobContext(database.db, harness);
    const results = await Promise.allSettled([dispatchJob(ctx, dispatchId), dispatchJob(ctx, dispatchId)]);
    // The loser either saw the winner's fresh claim (and will be retried) or found the dispatch sent.
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toBeInstanceOf(SideEffectInFlightError);
    }
    if ((await state()).dispatch?.status !== "sent") expect(await dispatchJob(ctx, dispatchId)).toBe("sent");
    expect(await invoiceMails()).toHaveLength(1);
    expect((await state()).dispatch?.status).toBe("sent");
  });

  it("killed after rendering, then rerun: one e-mail and the invoice sent", async () => {
    const { dispatchId, invoiceMails, state } = await emailDispatch();
    const crashed = jobContext(database.db, harness, { faults: crashOnceAt("rendered") });
    await expect(dispatchJob(crashed, dispatchId)).rejects.toThrow(/injected crash at rendered/);
    expect(await invoiceMails()).toHaveLength(0);
    expect((await state()).dispatch).toMatchObject({ status: "queued", lastError: "injected crash at rendered", attempts: 1 });

    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("sent");
    expect(await invoiceMails()).toHaveLength(1);
    expect((await state()).invoice?.status).toBe("sent");
    expect((await state()).dispatch?.attempts).toBe(2);
  });

  it("killed after the SMTP hand-over, before the final transaction, then rerun: one e-mail and the invoice sent", async () => {
    const { fixture, dispatchId, invoiceMails, state } = await emailDispatch();
    const crashed = jobContext(database.db, harness, { faults: crashOnceAt("delivered") });
    await expect(dispatchJob(crashed, dispatchId)).rejects.toThrow(/injected crash at delivered/);
    expect(await invoiceMails()).toHaveLength(1);
    expect((await state()).invoice?.status).toBe("submitted");

    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("sent");
    expect(await invoiceMails()).toHaveLength(1);
    expect((await state()).invoice?.status).toBe("sent");
    const history = await database.db.select().from(auditLog).where(eq(auditLog.entityId, fixture.invoiceId));
    expect(history.map((a) => a.action)).toEqual(["invoice.sent"]);
  });

  it("killed after committing, before enqueueing the owner's mail: the sweep enqueues it a minute later", async () => {
    const { fixture, dispatchId } = await emailDispatch();
    const crashed = jobContext(database.db, harness, { faults: crashOnceAt("finalized"), jobs: recordingQueue() });
    await expect(dispatchJob(crashed, dispatchId)).rejects.toThrow(/injected crash at finalized/);
    const [mail] = await database.db
      .select()
      .from(outgoingMails)
      .where(eq(outgoingMails.idempotencyKey, `invoice-sent:${fixture.invoiceId}`));
    expect(mail?.status).toBe("queued");
    if (!mail) return;

    const jobs = recordingQueue();
    const soon = jobContext(database.db, harness, { jobs, clock: () => new Date(start.getTime() + 30_000) });
    await sweepOutboxJob(soon);
    expect(jobs.sent.filter((j) => j.name === sendMail.name)).toHaveLength(0);
    const later = jobContext(database.db, harness, { jobs, clock: () => new Date(start.getTime() + 61_000) });
    await sweepOutboxJob(later);
    // Other tests' notification mails are still queued too; this one must be among those swept.
    expect(jobs.sent).toContainEqual({ name: sendMail.name, payload: { mailId: mail.id }, options: { singletonKey: mail.id } });

    expect(await sendOutgoingMailJob(later, mail.id)).toBe("sent");
    expect(await sendOutgoingMailJob(later, mail.id)).toBe("skipped");
    const toOwner = (await harness.caught()).filter((m) => m.to.includes(fixture.userEmail));
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0]?.subject).toBe(`Lasku ${fixture.invoiceNumber} on lähetetty`);
  });

  it("a claim left 'started' is retried while fresh, and flagged uncertain (not resent) once stale", async () => {
    const { fixture, dispatchId, invoiceMails, state } = await emailDispatch();
    const clock = testClock(start);
    const ctx = jobContext(database.db, harness, { clock: clock.now });
    // The message leaves, then the process dies before it can record that.
    await expect(dispatchJob({ ...ctx, faults: crashOnceAt("email-sent") }, dispatchId)).rejects.toThrow(/email-sent/);
    expect(await invoiceMails()).toHaveLength(1);
    const [claim] = await database.db
      .select()
      .from(sideEffects)
      .where(eq(sideEffects.key, `dispatch:${dispatchId}:email`));
    expect(claim?.status).toBe("started");

    clock.advance(30_000);
    await expect(dispatchJob(ctx, dispatchId)).rejects.toBeInstanceOf(SideEffectInFlightError);
    expect((await state()).dispatch?.status).toBe("queued");

    clock.advance(SIDE_EFFECT_LEASE_MS);
    expect(await dispatchJob(ctx, dispatchId)).toBe("uncertain");
    expect(await dispatchJob(ctx, dispatchId)).toBe("skipped");
    expect(await invoiceMails()).toHaveLength(1);
    const { dispatch, invoice } = await state();
    expect(dispatch?.status).toBe("uncertain");
    expect(dispatch?.lastError).toMatch(/never confirmed/);
    expect(invoice?.status).toBe("submitted");
    const [alert] = await database.db.select().from(alerts).where(eq(alerts.kind, "dispatch_uncertain"));
    expect(alert?.businessDate).toBe("2026-11-09");
    expect(alert?.payload).toMatchObject({
      dispatches: expect.arrayContaining([
        expect.objectContaining({ dispatchId, invoiceNumber: fixture.invoiceNumber, channel: "email" }),
      ]),
    });
    const history = await database.db.select().from(auditLog).where(eq(auditLog.entityId, fixture.invoiceId));
    expect(history.map((a) => a.action)).toEqual(["invoice.dispatch_uncertain"]);
  });

  it("without SMTP configuration the job fails clearly and the dispatch stays queued", async () => {
    const { dispatchId, invoiceMails, state } = await emailDispatch();
    await expect(dispatchJob(jobContext(database.db, harness, { mailer: null }), dispatchId)).rejects.toThrow(
      /SMTP is not configured/,
    );
    expect((await state()).dispatch).toMatchObject({ status: "queued", lastError: expect.stringMatching(/SMTP_URL/) });
    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("sent");
    expect(await invoiceMails()).toHaveLength(1);
  });

  it("a refused connection releases the claim, so the retry sends (once)", async () => {
    const { dispatchId, invoiceMails } = await emailDispatch();
    const { createMailer } = await import("@reskontra/mail");
    const nowhere = createMailer("smtp://127.0.0.1:1");
    try {
      await expect(dispatchJob(jobContext(database.db, harness, { mailer: nowhere }), dispatchId)).rejects.toThrow();
    } finally {
      nowhere.close();
    }
    const claims = await database.db
      .select()
      .from(sideEffects)
      .where(eq(sideEffects.key, `dispatch:${dispatchId}:email`));
    expect(claims).toEqual([]);
    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("sent");
    expect(await invoiceMails()).toHaveLength(1);
  });

  it("refuses a buyer without an e-mail address", async () => {
    const fixture = await insertSubmittedInvoice(database.db, { buyer: { email: null } });
    const dispatchId = await insertQueuedDispatch(database.db, fixture, { channel: "email", createdAt: start });
    expect(await dispatchJob(jobContext(database.db, harness), dispatchId)).toBe("failed");
    const [d] = await database.db.select().from(dispatches).where(eq(dispatches.id, dispatchId));
    expect(d).toMatchObject({ status: "failed", lastError: expect.stringMatching(/no e-mail address/) });
  });
});

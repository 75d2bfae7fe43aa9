import { alerts, dispatches, notifications, outgoingMails } from "@reskontra/db";
import { dispatchFailureText } from "@reskontra/domain";
import { sendMail } from "@reskontra/jobs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dispatchJob } from "../dispatch/dispatch-job";
import { sendOutgoingMailJob } from "../mail/send-outgoing-mail";
import { insertQueuedDispatch, insertSubmittedInvoice } from "./test-support/invoice-fixtures";
import { jobContext, recordingQueue, useWorkerTestEnvironment } from "./test-support/job-harness";

const start = new Date("2026-11-09T10:00:00Z");
const env = useWorkerTestEnvironment();

async function runMails(jobs: ReturnType<typeof recordingQueue>) {
  const ctx = jobContext(env.database.db, env.harness);
  for (const job of jobs.sent.filter((j) => j.name === sendMail.name)) {
    await sendOutgoingMailJob(ctx, (job.payload as { mailId: string }).mailId);
  }
}

describe("a failed dispatch tells customer service and the invoicer, in their language", () => {
  it("an e-mail invoice to a customer without an e-mail address: alert, notification and one mail, with the reason in Finnish", async () => {
    const fixture = await insertSubmittedInvoice(env.database.db, { buyer: { email: null } });
    const dispatchId = await insertQueuedDispatch(env.database.db, fixture, { channel: "email", createdAt: start });
    const jobs = recordingQueue();
    const ctx = jobContext(env.database.db, env.harness, { jobs });

    expect(await dispatchJob(ctx, dispatchId)).toBe("failed");
    // A rerun of the job finds the dispatch settled and tells nobody again.
    expect(await dispatchJob(ctx, dispatchId)).toBe("skipped");
    await runMails(jobs);
    await runMails(jobs);

    const [dispatch] = await env.database.db.select().from(dispatches).where(eq(dispatches.id, dispatchId));
    expect(dispatch).toMatchObject({ status: "failed", failureReason: "buyer_email_missing" });

    const [alert] = await env.database.db.select().from(alerts).where(eq(alerts.kind, "dispatch_failed"));
    expect((alert?.payload as { dispatches: unknown[] }).dispatches).toContainEqual(
      expect.objectContaining({ dispatchId, invoiceNumber: fixture.invoiceNumber, reason: "buyer_email_missing" }),
    );

    const notices = await env.database.db.select().from(notifications).where(eq(notifications.userId, fixture.userId));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: "invoice_dispatch_failed",
      invoiceId: fixture.invoiceId,
      params: expect.objectContaining({ invoiceNumber: fixture.invoiceNumber, reason: "buyer_email_missing" }),
    });

    const toOwner = (await env.harness.caught()).filter((m) => m.to.includes(fixture.userEmail));
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0]?.subject).toBe(`Laskun ${fixture.invoiceNumber} toimitus epäonnistui`);
    expect(toOwner[0]?.text).toContain(
      "Syy: Asiakkaalla ei ole sähköpostiosoitetta, joten laskua ei voi lähettää sähköpostilla.",
    );
    expect(toOwner[0]?.text).toContain(`https://reskontra.test/invoices/${fixture.invoiceId}`);
    expect(toOwner[0]?.text).not.toMatch(/has no e-mail address|buyer_email_missing/);
  });

  it("an English-speaking invoicer reads the reason in English", async () => {
    const fixture = await insertSubmittedInvoice(env.database.db, {
      locale: "en",
      deliveryMethod: "einvoice",
      buyer: { einvoiceAddress: null },
    });
    const dispatchId = await insertQueuedDispatch(env.database.db, fixture, { channel: "einvoice", createdAt: start });
    const jobs = recordingQueue();
    expect(await dispatchJob(jobContext(env.database.db, env.harness, { jobs }), dispatchId)).toBe("failed");
    await runMails(jobs);
    const [mail] = await env.database.db
      .select()
      .from(outgoingMails)
      .where(eq(outgoingMails.idempotencyKey, `dispatch-failed:${dispatchId}`));
    expect(mail?.subject).toBe(`Invoice ${fixture.invoiceNumber} could not be delivered`);
    expect(mail?.body).toContain(`Reason: ${dispatchFailureText("buyer_einvoice_address_missing", "en")}`);
    expect(mail?.status).toBe("sent");
  });

  it("a domain refusal names what is wrong in words, not the English exception text", () => {
    expect(dispatchFailureText("payment_code_failed", "fi", "BARCODE_AMOUNT_TOO_LARGE")).toBe(
      "Pankkiviivakoodia tai QR-koodia ei voitu muodostaa laskun tiedoista. Pankkiviivakoodiin mahtuu enintään 999 999,99 euroa.",
    );
    expect(dispatchFailureText("something_new", "fi")).toBe(
      "Toimitus epäonnistui odottamattomasta syystä; asiakaspalvelu selvittää asian.",
    );
  });
});

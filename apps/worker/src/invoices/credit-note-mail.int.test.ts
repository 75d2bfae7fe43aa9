import { dispatches, outgoingMails } from "@reskontra/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dispatchJob } from "../dispatch/dispatch-job";
import { insertSubmittedCreditNote, insertSubmittedInvoice } from "./test-support/invoice-fixtures";
import { jobContext, useWorkerTestEnvironment } from "./test-support/job-harness";

const start = new Date("2026-11-09T10:00:00Z");
const env = useWorkerTestEnvironment();

describe("a credit note's e-mail reads as a credit note, not a bill", () => {
  it("says 'Hyvitys 120,79 €, ei maksettavaa' with no due date, reference or account to pay to", async () => {
    const original = await insertSubmittedInvoice(env.database.db, { status: "sent" });
    const credit = await insertSubmittedCreditNote(env.database.db, original);
    const [dispatch] = await env.database.db
      .insert(dispatches)
      .values({
        invoiceId: credit.invoiceId,
        documentKind: "credit_note",
        channel: "email",
        idempotencyKey: `invoice:${credit.invoiceId}:send:1`,
        requestedBy: original.agentId,
        createdAt: start,
      })
      .returning({ id: dispatches.id });
    if (!dispatch) throw new Error("dispatch not inserted");

    expect(await dispatchJob(jobContext(env.database.db, env.harness), dispatch.id)).toBe("sent");
    const mails = (await env.harness.caught()).filter((m) => m.messageId === `<dispatch-${dispatch.id}@reskontra>`);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe(`Hyvityslasku ${credit.invoiceNumber} – Tilitoimisto Äijälä Oy`);
    expect(mail?.text).toContain(`liitteenä hyvityslasku ${credit.invoiceNumber} lähettäjältä Tilitoimisto Äijälä Oy.`);
    expect(mail?.text).toContain(`Se hyvittää laskun ${original.invoiceNumber}.`);
    expect(mail?.text).toContain("Hyvitys: 120,79\u00a0€, ei maksettavaa.");
    expect(mail?.text).not.toMatch(/Summa|Eräpäivä|Viitenumero|Tilinumero|−|-120/);
    expect(mail?.attachments.map((a) => a.filename)).toEqual([`hyvityslasku-${credit.invoiceNumber}.pdf`]);

    // The owner's note says the credit note went, not that an open receivable was born.
    const [notice] = await env.database.db
      .select()
      .from(outgoingMails)
      .where(eq(outgoingMails.idempotencyKey, `invoice-sent:${credit.invoiceId}`));
    expect(notice?.subject).toBe(`Hyvityslasku ${credit.invoiceNumber} on lähetetty`);
    expect(notice?.body).toContain("(hyvitys 120,79\u00a0€)");
    expect(notice?.body).not.toContain("avoimissa saatavissa");
  });
});

import { customers } from "@reskontra/db";
import { readPdf } from "@reskontra/documents/testing";
import { dispatchInvoice } from "@reskontra/jobs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dispatchJob } from "../dispatch/dispatch-job";
import { jobContext, recordingQueue, useWorkerTestEnvironment } from "../invoices/test-support/job-harness";
import { runRemindersJob } from "./run-reminders";
import { insertRemindableCompany } from "./test-support/reminder-fixtures";

const env = useWorkerTestEnvironment();

/** Runs the day's reminders for one company and delivers what the run enqueued; returns the buyer's mails. */
async function remindOn(date: string, company: Awaited<ReturnType<typeof insertRemindableCompany>>) {
  const jobs = recordingQueue();
  const ctx = jobContext(env.database.db, env.harness, { jobs, clock: () => new Date(`${date}T08:00:00Z`) });
  expect((await runRemindersJob(ctx, { organizationId: company.organizationId })).created).toBe(1);
  for (const job of jobs.sent.filter((j) => j.name === dispatchInvoice.name)) {
    await dispatchJob(ctx, (job.payload as { dispatchId: string }).dispatchId);
  }
  return (await env.harness.caught()).filter((m) => m.to.includes(company.buyerEmail));
}

describe("a payment reminder speaks the customer's language from the customer card", () => {
  it("a Swedish-speaking customer gets 'Betalningspåminnelse' with Förfallodag and Referensnummer, mail and PDF", async () => {
    const company = await insertRemindableCompany(env.database.db, { kind: "business" });
    await env.database.db.update(customers).set({ language: "sv" }).where(eq(customers.id, company.customerId));

    const mails = await remindOn("2026-11-30", company);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toMatch(/^Betalningspåminnelse: faktura \d+ – Siivous .* Oy$/);
    expect(mail?.text).toContain("enligt vår bokföring är faktura");
    expect(mail?.text).toContain("Ny förfallodag: 14.12.2026");
    expect(mail?.text).toContain("Referensnummer:");
    expect(mail?.text).not.toMatch(/Maksumuistutus|Eräpäivä|Viitenumero/);
    const attachment = mail?.attachments[0];
    expect(attachment?.filename).toMatch(/^betalningspaminnelse-\d+-M1\.pdf$/);
    if (!attachment) return;
    const { text } = await readPdf(attachment.content);
    for (const words of ["Betalningspåminnelse", "Förfallodag", "Referensnummer", "Påminnelseavgift", "Ursprunglig faktura"]) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/Maksumuistutus|Eräpäivä|Viitenumero/);
  });

  it("an English-speaking customer gets an English reminder; a Finnish (default) one stays Finnish", async () => {
    const english = await insertRemindableCompany(env.database.db, { kind: "business" });
    await env.database.db.update(customers).set({ language: "en" }).where(eq(customers.id, english.customerId));
    const [enMail] = await remindOn("2026-11-30", english);
    expect(enMail?.subject).toMatch(/^Payment reminder: invoice \d+/);
    expect(enMail?.text).toContain("New due date: 14.12.2026");

    const finnish = await insertRemindableCompany(env.database.db, { kind: "business" });
    const [fiMail] = await remindOn("2026-11-30", finnish);
    expect(fiMail?.subject).toMatch(/^Maksumuistutus: lasku \d+/);
  });
});

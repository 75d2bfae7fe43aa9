import { and, eq, sql } from "drizzle-orm";
import { outgoingMails, queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { AGENT, draftFor, VILLE, villeCustomer } from "./invoice-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ queue: true, start: new Date("2026-11-23T08:00:00Z") });
  h.deps.publicUrl = "https://laskut.example";
});
afterAll(async () => h?.dispose());

const mailsTo = (address: string) =>
  h.database.db
    .select()
    .from(outgoingMails)
    .where(and(eq(outgoingMails.toAddress, address), sql`${outgoingMails.idempotencyKey} like 'invoice-returned:%'`));

describe("return for correction", () => {
  it("e-mails the user customer service's questions with a link to the invoice, queued once and sent by one job", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    const agent = await h.as(AGENT);
    await agent.invoices.returnForCorrection({
      invoiceId: submitted.id,
      message: "Onko tuntimäärä oikein?\nLaskulta puuttuu toimituspäivä.",
    });

    const mails = await mailsTo(VILLE);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe(`Asiakaspalvelu palautti laskun ${submitted.invoiceNumber} korjattavaksi`);
    expect(mail?.body).toContain("Onko tuntimäärä oikein?\nLaskulta puuttuu toimituspäivä.");
    expect(mail?.body).toContain("Maija Meikäläinen");
    expect(mail?.body).toContain(`https://laskut.example/invoices/${submitted.id}`);
    const jobs = await queryRows<{ n: number }>(
      h.database.db,
      sql`select count(*)::int as n from pgboss.job where name = 'mail.send' and data->>'mailId' = ${mail?.id ?? ""}`,
    );
    expect(jobs[0]?.n).toBe(1);
  });

  it("a second round of questions after a resubmission is a second mail, each sent once", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    const agent = await h.as(AGENT);
    await agent.invoices.returnForCorrection({ invoiceId: submitted.id, message: "Ensimmäinen kysymys?" });
    await ville.invoices.submit({ invoiceId: submitted.id });
    await agent.invoices.returnForCorrection({ invoiceId: submitted.id, message: "Toinen kysymys?" });
    const bodies = (await mailsTo(VILLE)).map((m) => m.body).filter((b) => b.includes(submitted.invoiceNumber ?? "?"));
    expect(bodies).toHaveLength(2);
    expect(bodies.filter((b) => b.includes("Ensimmäinen kysymys?"))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes("Toinen kysymys?"))).toHaveLength(1);
  });
});

import { createReference } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { invoices, queryRows } from "@reskontra/db";
import { countingDb } from "@reskontra/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { AGENT, AINO, draftFor, villeCustomer } from "./invoice-fixtures";
import { nextNumbers, submissionWriter, writeSubmissions, type Submission } from "./write-submissions";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ queue: true, start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

describe("a user's invoice from draft to submitted", () => {
  it("numbers it user number + running number, with a check-digit reference and the same-day deadline", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const draft = await ville.invoices.create({ organizationId, ...draftFor(maija.id) });
    expect(draft.status).toBe("draft");
    // 2,5 h × 40,00 € at 25,5 % + 100,00 € at 14 %: 100,00 + 25,50 + 100,00 + 14,00
    expect(draft.grossCents).toBe(23950);
    expect(draft.dueDate).toBe("2026-12-07");

    const submitted = await ville.invoices.submit({ invoiceId: draft.id });
    expect(submitted.invoiceNumber).toBe("1001021");
    expect(submitted.reference).toBe(createReference("1001021"));
    // Monday 10:00 Helsinki → that day 15:00 Helsinki (13:00 UTC).
    expect(submitted.deadlineAt?.toISOString()).toBe("2026-11-23T13:00:00.000Z");
  });

  it("refuses an e-mail invoice to a customer without an e-mail address, naming the field", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    const noMail = await ville.customers.create({
      organizationId,
      customerNumber: "99",
      name: "Ilman Sähköpostia",
      isPerson: true,
      street: "Tie 1",
      postalCode: "00100",
      city: "Helsinki",
    });
    const draft = await ville.invoices.create({ organizationId, ...draftFor(noMail.id) });
    const refusal = await expectRefusal(ville.invoices.submit({ invoiceId: draft.id }), "BAD_REQUEST", "DELIVERY_EMAIL_MISSING");
    expect(refusal.data.field).toBe("deliveryMethod");
    expect(refusal.message).toContain("sähköpostiosoite");
  });

  it("names the field of invalid input", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const bad = draftFor(maija.id);
    const firstRow = bad.rows[0];
    if (!firstRow) throw new Error("fixture has rows");
    firstRow.unitPriceCents = 12.5;
    const refusal = await expectRefusal(ville.invoices.create({ organizationId, ...bad }), "BAD_REQUEST", "INPUT_INVALID");
    expect(refusal.data.field).toBe("rows.0.unitPriceCents");
    // The sentence is for people: no internal field path in it.
    expect(refusal.message).not.toContain("rows.0");
  });

  it("explains a refused date in the caller's language instead of zod's generic text", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const call = () => ville.invoices.create({ organizationId, ...draftFor(maija.id, { issueDate: "23.11.2026" }) });
    const fi = await expectRefusal(call(), "BAD_REQUEST", "INPUT_INVALID");
    expect(fi.data.fieldErrors.issueDate).toEqual(["Anna päivämäärä muodossa VVVV-KK-PP."]);
    const en = await expectRefusal(call(), "BAD_REQUEST", "INPUT_INVALID", "en");
    expect(en.data.fieldErrors.issueDate).toEqual(["Give the date as YYYY-MM-DD."]);
  });

  it("refuses a business customer without a business ID and a customer number used twice", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    const base = {
      organizationId,
      customerNumber: "50",
      name: "Firma Oy",
      isPerson: false,
      street: "Katu 1",
      postalCode: "00100",
      city: "Helsinki",
    };
    const noId = await expectRefusal(ville.customers.create(base), "BAD_REQUEST", "BUSINESS_ID_REQUIRED");
    expect(noId.data.field).toBe("businessId");
    const badId = await expectRefusal(
      ville.customers.create({ ...base, businessId: "1234567-8" }),
      "BAD_REQUEST",
      "BUSINESS_ID_INVALID",
    );
    expect(badId.data.field).toBe("businessId");
    await ville.customers.create({ ...base, businessId: "1572860-0" });
    const taken = await expectRefusal(
      ville.customers.create({ ...base, businessId: "1572860-0" }),
      "CONFLICT",
      "CUSTOMER_NUMBER_TAKEN",
    );
    expect(taken.message).toContain("50");
  });
});

describe("tenancy and roles", () => {
  it("hides another user's invoice as not found, and their customers entirely", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const draft = await ville.invoices.create({ organizationId, ...draftFor(maija.id) });
    const aino = await h.as(AINO);
    await expectRefusal(aino.invoices.get({ invoiceId: draft.id }), "NOT_FOUND", "NOT_FOUND");
    await expectRefusal(aino.invoices.submit({ invoiceId: draft.id }), "NOT_FOUND", "NOT_FOUND");
    await expectRefusal(aino.customers.list({ organizationId }), "FORBIDDEN", "TENANT_FORBIDDEN");
    const ainoOwn = await aino.invoices.search({ query: "100102*" });
    expect(ainoOwn).toEqual([]);
  });

  it("refuses customer-service procedures to a user", async () => {
    const { ville } = await villeCustomer(h);
    await expectRefusal(ville.invoices.unsent(), "FORBIDDEN", "ROLE_FORBIDDEN");
    await expectRefusal(
      ville.invoices.send({ invoiceId: "00000000-0000-4000-8000-000000000000" }),
      "FORBIDDEN",
      "ROLE_FORBIDDEN",
    );
  });
});

describe("customer service", () => {
  it("sorts the unsent queue by deadline and flags what is at risk", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    h.now.value = new Date("2026-11-23T14:30:00Z"); // 16:30 Helsinki: after the cut-off → tomorrow 15:00
    const late = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    expect(late.deadlineAt?.toISOString()).toBe("2026-11-24T13:00:00.000Z");
    const agent = await h.as(AGENT);
    const queue = await agent.invoices.unsent();
    const deadlines = queue.filter((q) => q.status === "submitted").map((q) => q.deadlineAt?.getTime() ?? 0);
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(queue.find((q) => q.invoiceNumber === "1001021")?.risk).toBe("overdue");
    // Due tomorrow 15:00 with under 24 hours left: the label says tomorrow, never today.
    expect(queue.find((q) => q.id === late.id)?.risk).toBe("tomorrow");
  });

  it("returns an invoice for correction; the user answers, fixes and resubmits under the same number", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    const agent = await h.as(AGENT);
    await agent.invoices.returnForCorrection({ invoiceId: submitted.id, message: "Onko tuntimäärä oikein?" });
    await expectRefusal(agent.invoices.send({ invoiceId: submitted.id }), "CONFLICT", "INVOICE_NOT_SENDABLE");
    await ville.invoices.addMessage({ invoiceId: submitted.id, body: "Korjasin: 3 tuntia." });
    const fixed = draftFor(maija.id);
    const row = fixed.rows[0];
    if (!row) throw new Error("fixture has rows");
    row.quantity = 3;
    await ville.invoices.update({ organizationId, invoiceId: submitted.id, invoice: fixed });
    const again = await ville.invoices.submit({ invoiceId: submitted.id });
    expect(again.invoiceNumber).toBe(submitted.invoiceNumber);
    const detail = await ville.invoices.get({ invoiceId: submitted.id });
    expect(detail.messages.map((m) => [m.authorRole, m.body])).toEqual([
      ["agent", "Onko tuntimäärä oikein?"],
      ["user", "Korjasin: 3 tuntia."],
    ]);
    expect(detail.history.map((e) => e.action)).toEqual([
      "invoice.created",
      "invoice.submitted",
      "invoice.returned_for_correction",
      "invoice.message_added",
      "invoice.updated",
      "invoice.resubmitted",
    ]);
  });

  it("sends once: a dispatch row, an audit entry and one job on the real queue; a second click is refused", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    const agent = await h.as(AGENT);
    const { dispatchId, channel } = await agent.invoices.send({ invoiceId: submitted.id });
    expect(channel).toBe("email");
    await expectRefusal(agent.invoices.send({ invoiceId: submitted.id }), "CONFLICT", "INVOICE_ALREADY_QUEUED");
    const jobs = await queryRows<{ n: number }>(
      h.database.db,
      sql`select count(*)::int as n from pgboss.job where name = 'invoices.dispatch' and data->>'dispatchId' = ${dispatchId}`,
    );
    expect(jobs[0]?.n).toBe(1);
  });

  it("finds invoices by reference prefix, invoice number and customer name", async () => {
    const agent = await h.as(AGENT);
    const byPercent = await agent.invoices.search({ query: "100102%" });
    const byStar = await agent.invoices.search({ query: "100102*" });
    expect(byPercent.length).toBeGreaterThanOrEqual(4);
    expect(byStar.map((i) => i.id)).toEqual(byPercent.map((i) => i.id));
    expect(byPercent.every((i) => i.reference?.startsWith("100102"))).toBe(true);
    expect((await agent.invoices.search({ query: "1001021" })).map((i) => i.invoiceNumber)).toEqual(["1001021"]);
    const byName = await agent.invoices.search({ query: "meikäläinen" });
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((i) => i.customerName === "Maija Meikäläinen")).toBe(true);
    expect(await agent.invoices.search({ query: "100101%" })).toEqual([]);
  });
});

describe("gapless numbering under concurrency", () => {
  it("gives 50 parallel submits of one user the numbers 1..50, no gap, no duplicate", async () => {
    const fresh = await createHarness();
    try {
      const { ville, organizationId, maija } = await villeCustomer(fresh);
      const drafts = [];
      for (let i = 0; i < 50; i++) drafts.push(await ville.invoices.create({ organizationId, ...draftFor(maija.id) }));
      const submitted = await Promise.all(drafts.map((d) => ville.invoices.submit({ invoiceId: d.id })));
      const sequences = submitted.map((s) => Number(s.invoiceNumber?.slice(6))).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    } finally {
      await fresh.dispose();
    }
  });
});

describe("taking the next numbers in the submissions' own statement", () => {
  async function drafts(count: number) {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const rows = [];
    for (let i = 0; i < count; i++) {
      const draft = await ville.invoices.create({ organizationId, ...draftFor(maija.id) });
      const [row] = await queryRows<{ version: string }>(
        h.database.db,
        sql`SELECT xmin::text AS version FROM invoices WHERE id = ${draft.id}`,
      );
      const [invoice] = await h.database.db.select().from(invoices).where(eq(invoices.id, draft.id));
      if (!invoice || !row) throw new Error("no draft");
      rows.push({ invoice, version: row.version });
    }
    return rows;
  }
  const submission = (d: { invoice: typeof invoices.$inferSelect; version: string }, lastSeen: number): Submission => ({
    invoice: { ...d.invoice, status: "submitted" },
    version: d.version,
    userNumber: "100102",
    lastSeen,
    attempt: 1,
    audit: {
      at: new Date(),
      actorUserId: d.invoice.userId,
      organizationId: d.invoice.organizationId,
      action: "invoice.submitted",
      entityType: "invoice",
      entityId: d.invoice.id,
      after: { status: "submitted", deadlineAt: null },
    },
  });
  const seen = async (userId: string, ids: string[]) =>
    (
      await queryRows<{ last: number | null; audits: number; submitted: number }>(
        h.database.db,
        sql`SELECT (SELECT last_sequence::int FROM invoice_sequences WHERE user_id = ${userId}) AS last,
              (SELECT count(*)::int FROM audit_log WHERE entity_id IN ${ids} AND action = 'invoice.submitted') AS audits,
              (SELECT count(*)::int FROM invoices WHERE id IN ${ids} AND status = 'submitted') AS submitted`,
      )
    )[0];
  const takeNumbers = (userId: string, count: number) =>
    h.database.db.execute(sql`INSERT INTO invoice_sequences (user_id, last_sequence) VALUES (${userId}, ${count})
      ON CONFLICT (user_id) DO UPDATE SET last_sequence = invoice_sequences.last_sequence + ${count}`);

  it("writes nothing when the sequence has moved past the prepared numbers, is behind the number looked at, or the invoice changed", async () => {
    const [d] = await drafts(1);
    if (!d) throw new Error("no draft");
    const { userId, id } = d.invoice;
    const start = await seen(userId, [id]);
    const last = Number(start?.last ?? 0);
    const write = (lastSeen: number, version = d.version) =>
      writeSubmissions(h.database.db, [submission({ ...d, version }, lastSeen)]);

    // 65 numbers taken by others since a look at `last`: the next one, last + 66, is past the 65 prepared (one + 64 spare).
    await takeNumbers(userId, 65);
    expect(await write(last)).toEqual([{ written: null }]);
    expect(await seen(userId, [id])).toEqual({ ...start, last: last + 65 });
    // A look ahead of the sequence (at last + 70) finds the next number, last + 66, behind it.
    expect(await write(last + 70)).toEqual([{ written: null }]);
    expect(await seen(userId, [id])).toEqual({ ...start, last: last + 65 });
    // The invoice changed since the look (an edit of the draft): not even the number is taken.
    await h.database.db.update(invoices).set({ notes: "muutettu" }).where(eq(invoices.id, id));
    expect(await write(last + 65)).toEqual([{ written: null }]);
    expect(await seen(userId, [id])).toEqual({ ...start, last: last + 65 });

    // With the version now current, the number the look at the sequence prepared first is taken, with its own reference.
    const [version] = await queryRows<{ v: string }>(h.database.db, sql`SELECT xmin::text AS v FROM invoices WHERE id = ${id}`);
    const next = last + 66;
    expect(await write(last + 65, version?.v)).toEqual([
      { written: { sequence: next, number: `100102${next}`, reference: createReference(`100102${next}`) } },
    ]);
    expect(await seen(userId, [id])).toEqual({ last: next, audits: 1, submitted: 1 });
  });

  it("numbers a batch in the order given, each user from their own numbers, and leaves out an invoice changed since its look", async () => {
    const batch = await drafts(4);
    const [first] = batch;
    if (!first) throw new Error("no drafts");
    const { userId } = first.invoice;
    const ids = batch.map((d) => d.invoice.id);
    const last = Number((await seen(userId, ids))?.last ?? 0);
    // Another user's draft in the same statement: their numbers are their own.
    const aino = await h.as(AINO);
    const ainoOrg = h.demo.organizationIds.aalto;
    const ainoCustomer = await aino.customers.create({
      organizationId: ainoOrg,
      customerNumber: "B-1",
      name: "Bertta Asiakas",
      isPerson: true,
      street: "Katu 2",
      postalCode: "00100",
      city: "Helsinki",
      email: "bertta@example.fi",
    });
    const ainoDraft = await aino.invoices.create({ organizationId: ainoOrg, ...draftFor(ainoCustomer.id) });
    const [ainoInvoice] = await h.database.db.select().from(invoices).where(eq(invoices.id, ainoDraft.id));
    const [ainoVersion] = await queryRows<{ v: string }>(
      h.database.db,
      sql`SELECT xmin::text AS v FROM invoices WHERE id = ${ainoDraft.id}`,
    );
    if (!ainoInvoice || !ainoVersion) throw new Error("no draft for aino");
    const ainoLast = Number((await seen(ainoInvoice.userId, [ainoInvoice.id]))?.last ?? 0);

    // The third was edited after its look; the first is in the batch twice (a double click).
    await h.database.db
      .update(invoices)
      .set({ notes: "muutettu" })
      .where(eq(invoices.id, ids[2] ?? ""));
    const [a, b, c, e] = batch.map((d) => submission(d, last));
    if (!a || !b || !c || !e) throw new Error("no submissions");
    const fromAino = { ...submission({ invoice: ainoInvoice, version: ainoVersion.v }, ainoLast), userNumber: "100101" };
    const outcomes = await writeSubmissions(h.database.db, [a, fromAino, b, a, c, { ...e, lastSeen: Math.max(0, last - 1) }]);
    expect(outcomes.map((o) => ("written" in o && o.written ? o.written.sequence : null))).toEqual([
      last + 1,
      ainoLast + 1,
      last + 2,
      null,
      null,
      last + 3,
    ]);
    const ainoWritten = outcomes[1];
    expect(ainoWritten && "written" in ainoWritten && ainoWritten.written?.number).toBe(`100101${ainoLast + 1}`);
    expect(await seen(userId, ids)).toEqual({ last: last + 3, audits: 3, submitted: 3 });
    expect(await seen(ainoInvoice.userId, [ainoInvoice.id])).toEqual({ last: ainoLast + 1, audits: 1, submitted: 1 });
  });

  it("writes a user's submissions that arrive together in one statement, numbered in the order they came", async () => {
    const batch = await drafts(30);
    const userId = batch[0]?.invoice.userId ?? "";
    const ids = batch.map((d) => d.invoice.id);
    const last = Number((await seen(userId, ids))?.last ?? 0);
    const counting = await countingDb(h.database);
    try {
      const write = submissionWriter(counting.db);
      const outcomes = await Promise.all(batch.map((d) => write(submission(d, last))));
      expect(outcomes.map((o) => ("written" in o ? o.written?.sequence : null))).toEqual(batch.map((_, i) => last + i + 1));
      expect(counting.statements()).toBe(1);
    } finally {
      await counting.close();
    }
    expect(await seen(userId, ids)).toEqual({ last: last + 30, audits: 30, submitted: 30 });
  });

  it("refuses a user's number past the largest running number, and prepares no candidate beyond it", () => {
    expect(() => nextNumbers("100101", 9_999_999_999_999, 64)).toThrow(
      expect.objectContaining({ code: "INVOICE_SEQUENCE_INVALID" }),
    );
    expect(nextNumbers("100101", 9_999_999_999_997, 64)).toEqual(["1001019999999999998", "1001019999999999999"]);
  });
});

describe("PDF preview", () => {
  it("renders a submitted invoice for its owner and refuses a draft", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const draft = await ville.invoices.create({ organizationId, ...draftFor(maija.id) });
    await expectRefusal(ville.invoices.pdf({ invoiceId: draft.id }), "CONFLICT", "INVOICE_NOT_SUBMITTED");
    const submitted = await ville.invoices.submit({ invoiceId: draft.id });
    const { filename, base64 } = await ville.invoices.pdf({ invoiceId: submitted.id });
    expect(filename).toBe(`lasku-${submitted.invoiceNumber}.pdf`);
    expect(Buffer.from(base64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    await expectRefusal((await h.as(AINO)).invoices.pdf({ invoiceId: submitted.id }), "NOT_FOUND", "NOT_FOUND");
  });
});

describe("sending again after a failed delivery", () => {
  it("allows a new attempt once the previous dispatch failed, and refuses correction while one is queued", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    const agent = await h.as(AGENT);
    const first = await agent.invoices.send({ invoiceId: submitted.id });
    const statusInQueue = async () => (await agent.invoices.unsent()).find((i) => i.id === submitted.id)?.dispatchStatus;
    expect(await statusInQueue()).toBe("queued");
    await expectRefusal(
      agent.invoices.returnForCorrection({ invoiceId: submitted.id, message: "?" }),
      "CONFLICT",
      "INVOICE_ALREADY_QUEUED",
    );
    await h.database.db.execute(sql`update dispatches set status = 'failed', last_error = 'test' where id = ${first.dispatchId}`);
    expect(await statusInQueue()).toBe("failed");
    const second = await agent.invoices.send({ invoiceId: submitted.id });
    expect(second.dispatchId).not.toBe(first.dispatchId);
    expect(await statusInQueue()).toBe("queued");
  });
});

describe("credit notes", () => {
  it("credits a sent invoice with a numbered credit note, and each links to the other", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const submitted = await ville.invoices.submit({
      invoiceId: (await ville.invoices.create({ organizationId, ...draftFor(maija.id) })).id,
    });
    // Delivery is the worker's job (tested there); here the invoice is simply marked as sent.
    await h.database.db.execute(sql`update invoices set status = 'sent' where id = ${submitted.id}`);
    const agent = await h.as(AGENT);
    const credit = await agent.invoices.createCreditNote({ invoiceId: submitted.id, reason: "Väärä asiakas" });
    expect(credit.grossCents).toBe(-submitted.grossCents);
    expect(credit.invoiceNumber?.startsWith("100102")).toBe(true);
    expect(credit.invoiceNumber).not.toBe(submitted.invoiceNumber);
    const original = await ville.invoices.get({ invoiceId: submitted.id });
    expect(original.invoice.status).toBe("credited");
    expect(original.related).toEqual([{ id: credit.id, invoiceNumber: credit.invoiceNumber, kind: "credit_note" }]);
    const creditDetail = await ville.invoices.get({ invoiceId: credit.id });
    expect(creditDetail.related).toEqual([{ id: submitted.id, invoiceNumber: submitted.invoiceNumber, kind: "invoice" }]);
    await expectRefusal(
      agent.invoices.createCreditNote({ invoiceId: submitted.id, reason: "again" }),
      "CONFLICT",
      "INVOICE_NOT_CREDITABLE",
    );
  });
});

describe("the actions offered on an invoice's page", () => {
  it("are the decider's: the user edits and submits a draft, customer service sends or returns a submitted one", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const draft = await ville.invoices.create({ organizationId, ...draftFor(maija.id) });
    const agent = await h.as(AGENT);
    expect((await ville.invoices.get({ invoiceId: draft.id })).actions).toEqual(["edit", "submit"]);
    expect((await agent.invoices.get({ invoiceId: draft.id })).actions).toEqual([]);
    await ville.invoices.submit({ invoiceId: draft.id });
    expect((await ville.invoices.get({ invoiceId: draft.id })).actions).toEqual([]);
    expect((await agent.invoices.get({ invoiceId: draft.id })).actions).toEqual(["send", "return_for_correction"]);
  });
});

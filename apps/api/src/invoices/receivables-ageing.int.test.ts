import { ageingBucket, daysOverdue } from "@reskontra/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sentInvoice } from "../reminders/reminder-fixtures";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { AGENT, AINO, VILLE } from "./invoice-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

// Issued Mon 23.11.2026; on 22.2.2027 (91 days later) each term lands on one side of a bucket line.
const TERMS_TO_BUCKET = [
  [0, "over_90", 91],
  [1, "d61_90", 90],
  [30, "d61_90", 61],
  [31, "d31_60", 60],
  [60, "d31_60", 31],
  [61, "d1_30", 30],
  [90, "d1_30", 1],
  [91, "not_due", 0],
  [120, "not_due", 0],
] as const;

describe("invoices.receivablesAgeing: open receivables by days overdue", () => {
  it("counts days on the Helsinki business date and totals each bucket in cents", async () => {
    const ville = await h.as(VILLE);
    const organizationId = h.demo.organizationIds.virtanen;
    const customer = await ville.customers.create({
      organizationId,
      customerNumber: "IKA-1",
      name: "Ikäluokka Testaaja",
      isPerson: true,
      street: "Katu 1",
      postalCode: "00100",
      city: "Helsinki",
      email: "ika@example.fi",
    });
    const created: { id: string }[] = [];
    for (const [index, [terms]] of TERMS_TO_BUCKET.entries()) {
      created.push(await sentInvoice(h, customer.id, "2026-11-23", { terms, priceCents: 10_000 * (index + 1) }));
    }
    // 00:30 in Helsinki on 22.2.2027 is still the 21st in UTC: the business date decides.
    h.now.value = new Date("2027-02-21T22:30:00Z");
    const agent = await h.as(AGENT);
    const first = created[0];
    if (!first) throw new Error("no invoice created");
    // A partial payment: only the open part counts.
    await agent.invoices.recordPayment({ invoiceId: first.id, amountCents: 2_550, paidOn: "2027-02-20" });

    const answer = await ville.invoices.receivablesAgeing({ customer: "ikäluokka" });
    expect(answer.today).toBe("2027-02-22");
    expect(answer.rows).toHaveLength(TERMS_TO_BUCKET.length);
    for (const [index, [, bucket, days]] of TERMS_TO_BUCKET.entries()) {
      const row = answer.rows.find((r) => r.id === created[index]?.id);
      expect(row, `invoice with terms ${TERMS_TO_BUCKET[index]?.[0]}`).toMatchObject({ bucket, daysOverdue: days });
    }
    // Gross = price + 25,5 % VAT; the first one is 12 550 − 2 550 open.
    const gross = (n: number) => Math.round(10_000 * n * 1.255);
    expect(answer.totals).toEqual([
      { bucket: "not_due", count: 2, openCents: gross(8) + gross(9) },
      { bucket: "d1_30", count: 2, openCents: gross(6) + gross(7) },
      { bucket: "d31_60", count: 2, openCents: gross(4) + gross(5) },
      { bucket: "d61_90", count: 2, openCents: gross(2) + gross(3) },
      { bucket: "over_90", count: 1, openCents: gross(1) - 2_550 },
    ]);
    expect(answer.totalOpenCents).toBe(answer.totals.reduce((sum, t) => sum + t.openCents, 0));

    const oldest = await ville.invoices.receivablesAgeing({ customer: "IKÄLUOKKA", bucket: "d61_90" });
    expect(oldest.rows.map((r) => r.daysOverdue)).toEqual([90, 61]);
    // The totals stay for every bucket, so the chart does not collapse to the filtered one.
    expect(oldest.totals).toEqual(answer.totals);
    const byPost = await ville.invoices.receivablesAgeing({ customer: "ikäluokka", deliveryMethod: "post" });
    expect(byPost.rows).toEqual([]);
    expect(byPost.totalOpenCents).toBe(0);
  });

  it("puts every row in the bucket the domain rule gives, and the totals add up, for customer service's whole list", async () => {
    const agent = await h.as(AGENT);
    const answer = await agent.invoices.receivablesAgeing({});
    expect(answer.rows.length).toBeGreaterThanOrEqual(TERMS_TO_BUCKET.length);
    for (const row of answer.rows) {
      expect(row.daysOverdue).toBe(daysOverdue(row.dueDate, answer.today));
      expect(row.bucket).toBe(ageingBucket(row.daysOverdue));
      expect(row.openCents).toBe(row.grossCents - row.paidCents);
    }
    expect(answer.totalOpenCents).toBe(answer.rows.reduce((sum, r) => sum + r.openCents, 0));
  });

  it("shows another company's user none of Ville's receivables", async () => {
    const aino = await h.as(AINO);
    const answer = await aino.invoices.receivablesAgeing({ customer: "ikäluokka" });
    expect(answer.rows).toEqual([]);
    expect(answer.totals.every((t) => t.count === 0 && t.openCents === 0)).toBe(true);
    const all = await aino.invoices.receivablesAgeing({});
    expect(all.rows.every((r) => r.userName !== "Ville Virtanen")).toBe(true);
  });

  it("names the filter that is wrong, in Finnish and in English", async () => {
    const ville = await h.as(VILLE);
    // @ts-expect-error: a bucket the api does not know, as a stale link could send
    const fi = await expectRefusal(ville.invoices.receivablesAgeing({ bucket: "d0_10" }), "BAD_REQUEST", "INPUT_INVALID");
    expect(fi.data.field).toBe("bucket");
    expect(fi.message).toContain("Valitse");
    const en = await expectRefusal(
      ville.invoices.receivablesAgeing({ customer: "x".repeat(201) }),
      "BAD_REQUEST",
      "INPUT_INVALID",
      "en",
    );
    expect(en.data.field).toBe("customer");
    expect(en.message).toContain("at most 200");
  });
});

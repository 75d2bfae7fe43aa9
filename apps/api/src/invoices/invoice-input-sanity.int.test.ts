import { buildFinvoice } from "@reskontra/documents";
import { readPdf } from "@reskontra/documents/testing";
import { customers, invoiceRows } from "@reskontra/db";
import { loadInvoiceDocument } from "@reskontra/usecases/invoices";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { sentInvoice } from "../reminders/reminder-fixtures";
import { AGENT, draftFor, villeCustomer } from "./invoice-fixtures";

let h: Harness;
beforeAll(async () => {
  // Monday 23.11.2026 in Helsinki: the invoice date window is 23.11.2025–23.2.2027.
  h = await createHarness({ start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

const HETU = "131052-308T";
let counter = 0;
const customer = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    customerNumber: `S-${counter}`,
    name: "Verkko Oy",
    isPerson: false,
    businessId: "1572860-0",
    countryCode: "FI",
    street: "Katu 1",
    postalCode: "00100",
    city: "Helsinki",
    ...overrides,
  };
};

/** No refusal a person reads may name a regex, a type, a format or zod's internals. */
const PROGRAMMER_WORDS =
  /regex|pattern|\/\^|uuid|iso timestamp|expected (a |an )?(string|number|int|object|array|boolean)|received|undefined|NaN|invalid input|ZodError/i;
function expectPlainWords(fieldErrors: Record<string, string[]>) {
  for (const [field, messages] of Object.entries(fieldErrors)) {
    for (const message of messages) expect(message, `${field}: ${message}`).not.toMatch(PROGRAMMER_WORDS);
  }
}

describe("the customer card refuses what no bank or post office accepts", () => {
  it("refuses country code ZZ at the field, saying what a country code is, and takes SE with a Swedish postal code", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    const zz = await expectRefusal(
      ville.customers.create({ organizationId, ...customer({ countryCode: "ZZ" }) }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(zz.data.fieldErrors.countryCode).toEqual([
      "”ZZ” ei ole maakoodi. Anna maan kaksikirjaiminen ISO 3166 -koodi, esimerkiksi FI (Suomi) tai SE (Ruotsi).",
    ]);
    const named = await expectRefusal(
      ville.customers.create({ organizationId, ...customer({ countryCode: "Sweden" }) }),
      "BAD_REQUEST",
      "INPUT_INVALID",
      "en",
    );
    expect(named.data.fieldErrors.countryCode).toEqual(["Give the country as its two-letter code: “SWEDEN” is SE."]);
    const swede = await ville.customers.create({
      organizationId,
      ...customer({ countryCode: "se", businessId: null, postalCode: "111 22", city: "Stockholm" }),
    });
    expect(swede.countryCode).toBe("SE");
  });

  it("refuses a Finnish postal code that is not five digits, naming Finland", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    for (const postalCode of ["0010", "00 100", "FI-00100"]) {
      const refusal = await expectRefusal(
        ville.customers.create({ organizationId, ...customer({ postalCode }) }),
        "BAD_REQUEST",
        "INPUT_INVALID",
      );
      expect(refusal.data.fieldErrors.postalCode).toEqual(["Suomen (FI) postinumerossa on viisi numeroa, esimerkiksi 00100."]);
    }
  });

  it("refuses a personal identity code in the name, the customer number or the address, at that field, on create and update", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    for (const field of ["name", "customerNumber", "street", "city"]) {
      const refusal = await expectRefusal(
        ville.customers.create({ organizationId, ...customer({ [field]: `Matti ${HETU}`.slice(0, 30) }) }),
        "BAD_REQUEST",
        "INPUT_INVALID",
      );
      expect(refusal.data.fieldErrors[field]?.[0]).toMatch(/^Henkilötunnusta ei saa kirjoittaa laskulle/);
    }
    const update = await expectRefusal(
      ville.customers.update({
        organizationId,
        customerId: maija.id,
        customer: { ...customer(), isPerson: true, businessId: null, name: `Maija Meikäläinen ${HETU.toLowerCase()}` },
      }),
      "BAD_REQUEST",
      "INPUT_INVALID",
      "en",
    );
    expect(update.data.fieldErrors["customer.name"]?.[0]).toMatch(/^A personal identity code must not be written/);
  });

  it("says a duplicate customer number is taken, at the field", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    const refusal = await expectRefusal(
      ville.customers.create({ organizationId, ...customer({ customerNumber: "1" }) }),
      "CONFLICT",
      "CUSTOMER_NUMBER_TAKEN",
    );
    expect(refusal.data.fieldErrors).toEqual({ customerNumber: ["Asiakasnumero 1 on jo käytössä."] });
  });

  it("answers empty, malformed and NUL input in plain words", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    for (const locale of ["fi", "en"] as const) {
      const refusal = await expectRefusal(
        ville.customers.create({
          organizationId,
          ...customer({ name: "", street: "Katu\u00001", email: "ei-osoite", countryCode: "", reminderRuleId: "x" }),
        }),
        "BAD_REQUEST",
        "INPUT_INVALID",
        locale,
      );
      expect(Object.keys(refusal.data.fieldErrors).sort()).toEqual(["countryCode", "email", "name", "reminderRuleId", "street"]);
      expectPlainWords(refusal.data.fieldErrors);
    }
  });
});

describe("an invoice refuses amounts and dates no back office should accept", () => {
  it("refuses invoice dates 1.1.1999 and 2099, explaining the window in dates", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    for (const issueDate of ["1999-01-01", "2099-06-01"]) {
      const refusal = await expectRefusal(
        ville.invoices.create({ organizationId, ...draftFor(maija.id, { issueDate }) }),
        "BAD_REQUEST",
        "INVOICE_DATE_OUT_OF_WINDOW",
      );
      expect(refusal.data.fieldErrors).toEqual({
        issueDate: [
          "Laskun päivämäärän on oltava välillä 23.11.2025–23.2.2027: enintään 12 kuukautta taaksepäin ja 3 kuukautta eteenpäin tästä päivästä. Kauempana oleva päivä on yleensä kirjoitusvirhe.",
        ],
      });
    }
    const delivery = await expectRefusal(
      ville.invoices.create({ organizationId, ...draftFor(maija.id), deliveryDate: "1999-01-01" }),
      "BAD_REQUEST",
      "DELIVERY_DATE_OUT_OF_WINDOW",
      "en",
    );
    expect(delivery.message).toBe(
      "The delivery date must be between 23.11.2025 and 23.11.2027: at most 12 months before or after the invoice date.",
    );
    const lateButFine = await ville.invoices.create({ organizationId, ...draftFor(maija.id, { issueDate: "2026-01-02" }) });
    expect(lateButFine.dueDate).toBe("2026-01-16");
  });

  it("refuses on submit a draft whose date has since left the window", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const draft = await ville.invoices.create({ organizationId, ...draftFor(maija.id) });
    const back = h.now.value;
    h.now.value = new Date("2027-12-01T08:00:00Z");
    try {
      await expectRefusal(ville.invoices.submit({ invoiceId: draft.id }), "BAD_REQUEST", "INVOICE_DATE_OUT_OF_WINDOW");
    } finally {
      h.now.value = back;
    }
  });

  it("refuses a negative total outside a credit note, at the rows", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const rows = [{ description: "Hyvitys", quantity: 1, unitPriceCents: -12_000, vatRatePercent: 25.5 }];
    const refusal = await expectRefusal(
      ville.invoices.create({ organizationId, ...draftFor(maija.id), rows }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(refusal.data.fieldErrors).toEqual({
      rows: [
        "Laskun loppusumma (−150,60\u00a0€) on negatiivinen. Tavallisen laskun summa ei voi olla alle 0 €: hyvitä lähetetty lasku hyvityslaskulla.",
      ],
    });
  });

  it("accepts a 1 000 000 € invoice and one of 999 999 999,99 €, and refuses a cent more with the reason", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const row = (unitPriceCents: number, quantity = 1) => ({
      description: "Kiinteistö",
      quantity,
      unitPriceCents,
      vatRatePercent: 0,
    });
    const million = await ville.invoices.create({ organizationId, ...draftFor(maija.id), rows: [row(100_000_000)] });
    expect(million.grossCents).toBe(100_000_000);
    const max = await ville.invoices.create({ organizationId, ...draftFor(maija.id), rows: [row(99_999_999_999)] });
    expect(max.grossCents).toBe(99_999_999_999);
    const update = await expectRefusal(
      ville.invoices.update({
        organizationId,
        invoiceId: max.id,
        invoice: { ...draftFor(maija.id), rows: [row(99_999_999_999), row(1)] },
      }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(update.data.fieldErrors["invoice.rows"]?.[0]).toMatch(
      /^Laskun loppusumma \(1\s000\s000\s000,00\s€\) on liian suuri: enintään 999 999 999,99 €/,
    );
    const overflow = await expectRefusal(
      ville.invoices.create({ organizationId, ...draftFor(maija.id), rows: [row(100, 1), row(99_999_999_999, 1_000_000)] }),
      "BAD_REQUEST",
      "INPUT_INVALID",
      "en",
    );
    expect(overflow.data.fieldErrors).toEqual({
      "rows.1.unitPriceCents": ["The row amount (quantity × unit price with VAT) is too large: at most €999,999,999.99."],
    });
    const price = await expectRefusal(
      ville.invoices.create({ organizationId, ...draftFor(maija.id), rows: [row(1e12)] }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(price.data.fieldErrors["rows.0.unitPriceCents"]?.[0]).toBe("Summa on liian suuri: enintään 999 999 999,99 €.");
  });

  it("refuses a personal identity code in a row, its unit or the notes, at that field", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    const draft = draftFor(maija.id);
    const refusal = await expectRefusal(
      ville.invoices.create({
        organizationId,
        ...draft,
        notes: `Asiakkaan hetu ${HETU}`,
        rows: [
          { description: `Siivous, Maija ${HETU}`, quantity: 2.5, unit: "h", unitPriceCents: 4000, vatRatePercent: 25.5 },
          { description: "Kotitalousvähennyskelpoinen työ", quantity: 1, unitPriceCents: 10000, vatRatePercent: 14 },
        ],
      }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(Object.keys(refusal.data.fieldErrors).sort()).toEqual(["notes", "rows.0.description"]);
    expect(refusal.data.fieldErrors.notes?.[0]).toMatch(/^Henkilötunnusta ei saa kirjoittaa laskulle/);
  });

  it("answers empty, negative, huge and malformed rows in plain words", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    for (const locale of ["fi", "en"] as const) {
      const refusal = await expectRefusal(
        ville.invoices.create({
          organizationId,
          customerId: "ei-tunniste",
          issueDate: "2026-02-30",
          paymentTermsDays: -1,
          deliveryMethod: "email",
          notes: "x".repeat(2001),
          rows: [
            { description: "", quantity: 1e9, unitPriceCents: 1.5, vatRatePercent: -1 },
            // @ts-expect-error -- a client that leaves the price out
            { description: "Siivous", quantity: 1, vatRatePercent: 25.5 },
          ],
        }),
        "BAD_REQUEST",
        "INPUT_INVALID",
        locale,
      );
      expect(Object.keys(refusal.data.fieldErrors).length).toBeGreaterThanOrEqual(8);
      expectPlainWords(refusal.data.fieldErrors);
    }
    const refusal = await expectRefusal(
      ville.invoices.create({ organizationId, ...draftFor(maija.id), rows: [] }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expectPlainWords(refusal.data.fieldErrors);
  });
});

describe("payments recorded against receivables", () => {
  it("refuses a payment dated in the future, at the payment date", async () => {
    const { maija } = await villeCustomer(h);
    const agent = await h.as(AGENT);
    const invoice = await sentInvoice(h, maija.id, "2026-11-23");
    const refusal = await expectRefusal(
      agent.invoices.recordPayment({ invoiceId: invoice.id, amountCents: 1000, paidOn: "2026-11-24" }),
      "BAD_REQUEST",
      "PAYMENT_DATE_IN_FUTURE",
    );
    expect(refusal.data.fieldErrors).toEqual({
      paidOn: [
        "Maksupäivä 24.11.2026 on tulevaisuudessa: kirjaa maksu, kun se on saapunut (maksupäivä viimeistään tänään 23.11.2026).",
      ],
    });
    const paid = await agent.invoices.recordPayment({ invoiceId: invoice.id, amountCents: 1000, paidOn: "2026-11-23" });
    expect(paid.status).toBe("sent");
  });
});

describe("an identity code saved before the input check never reaches a document", () => {
  it("masks it in the PDF and the Finvoice: customer name, customer number, row text and notes", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    const card = await ville.customers.create({ organizationId, ...customer({ isPerson: true, businessId: null }) });
    const db = h.database.db;
    await db
      .update(customers)
      .set({ name: `Maija Mäkinotkelma ${HETU}`, customerNumber: HETU })
      .where(eq(customers.id, card.id));
    const invoice = await ville.invoices.create({
      organizationId,
      ...draftFor(card.id, { deliveryMethod: "post" }),
      notes: "Kiitos",
    });
    await db
      .update(invoiceRows)
      .set({ description: `Kotisiivous ${HETU.toLowerCase()}` })
      .where(eq(invoiceRows.invoiceId, invoice.id));
    await ville.invoices.submit({ invoiceId: invoice.id });

    const pdf = await ville.invoices.pdf({ invoiceId: invoice.id });
    const { text } = await readPdf(Buffer.from(pdf.base64, "base64"));
    expect(text).toContain("Maija Mäkinotkelma ******-****");
    expect(text).toContain("Kotisiivous ******-****");
    expect(text.toUpperCase()).not.toContain("308T");

    const document = await loadInvoiceDocument({ db }, { invoiceId: invoice.id });
    const xml = buildFinvoice(document, { messageIdentifier: "mask-test-1", timestamp: "2026-11-23T08:00:00Z" });
    expect(xml).toContain("******-****");
    expect(xml.toUpperCase()).not.toContain("308T");
  });
});

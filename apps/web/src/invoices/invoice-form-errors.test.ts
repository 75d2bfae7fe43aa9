import { customerInput } from "@reskontra/contracts/invoices";
import { describe, expect, it } from "vitest";
import { inputResolver, schemaErrors } from "../forms/input-resolver";
import { errorsStillTyped } from "./field-errors";
import { emptyRow, type InvoiceForm } from "./invoice-form-model";
import { invoiceDraftInput } from "@reskontra/contracts/invoices";

const form = (patch: Partial<InvoiceForm> = {}): InvoiceForm => ({
  customerId: "0b9c6f0e-2f1a-4c3e-8d7a-1e2f3a4b5c6d",
  issueDate: "2026-11-23",
  deliveryDate: "",
  paymentTermsDays: "14",
  deliveryMethod: "email",
  notes: "",
  rows: [{ ...emptyRow(), description: "Siivous", unitPrice: "-120,00" }],
  ...patch,
});

describe("an old error on the invoice form", () => {
  it("disappears from a field once the user retypes it, and the others stay", () => {
    const sent = form();
    const server = { issueDate: "Laskun päivämäärän on oltava välillä…", rows: "Laskun loppusumma on negatiivinen.", notes: "x" };
    const fixedDate = { ...sent, issueDate: "2026-11-20" };
    expect(errorsStillTyped(server, sent, fixedDate)).toEqual({ rows: server.rows, notes: "x" });
    const [row] = sent.rows;
    if (!row) throw new Error("row missing");
    const fixedRow = { ...fixedDate, rows: [{ ...row, unitPrice: "120,00" }] };
    expect(errorsStillTyped(server, sent, fixedRow)).toEqual({ notes: "x" });
  });

  it("about a row follows that row: removing a row above does not move its error onto another", () => {
    const first = { ...emptyRow(), description: "A" };
    const second = { ...emptyRow(), description: "" };
    const sent = form({ rows: [first, second] });
    const errors = { "rows.1.description": "Tieto puuttuu: täytä kenttä." };
    expect(errorsStillTyped(errors, sent, sent)).toEqual(errors);
    expect(errorsStillTyped(errors, sent, { ...sent, rows: [second] })).toEqual({});
  });
});

describe("the invoice form checks by the procedure's schema before it sends", () => {
  it("names a negative total and an identity code in a row in the api's words", () => {
    const input = {
      customerId: "0b9c6f0e-2f1a-4c3e-8d7a-1e2f3a4b5c6d",
      issueDate: "2026-11-23",
      deliveryDate: null,
      paymentTermsDays: 14,
      deliveryMethod: "email",
      notes: null,
      rows: [{ description: "Siivous 131052-308T", quantity: 1, unit: null, unitPriceCents: -100, vatRatePercent: 0 }],
    };
    const errors = schemaErrors(invoiceDraftInput, input, "fi");
    expect(errors["rows.0.description"]).toMatch(/^Henkilötunnusta ei saa kirjoittaa laskulle/);
    expect(errors.rows).toMatch(/^Laskun loppusumma \(−1,00\s€\) on negatiivinen/);
  });
});

describe("the customer form", () => {
  const options = { fields: {}, shouldUseNativeValidation: false } as const;
  type Form = { name: string; countryCode: string; postalCode: string };
  const resolve = inputResolver(
    customerInput,
    (f: Form) => ({ customerNumber: "7", isPerson: true, street: "Katu 1", city: "Espoo", ...f }),
    (path) => (path === "name" || path === "countryCode" || path === "postalCode" ? path : null),
    "en",
  );

  it("refuses ZZ, a four-digit Finnish postal code and a name with an identity code at their fields", async () => {
    const { errors } = await resolve({ name: "Maija 131052-308T", countryCode: "zz", postalCode: "0010" }, undefined, options);
    expect(errors.countryCode?.message).toBe(
      "“ZZ” is not a country code. Give the country's two-letter ISO 3166 code, for example FI (Finland) or SE (Sweden).",
    );
    expect(errors.name?.message).toMatch(/^A personal identity code must not be written/);
    const finnish = await resolve({ name: "Maija", countryCode: "FI", postalCode: "0010" }, undefined, options);
    expect(finnish.errors.postalCode?.message).toBe("A postal code in Finland (FI) has five digits, for example 00100.");
    const swedish = await resolve({ name: "Maija", countryCode: "SE", postalCode: "111 22" }, undefined, options);
    expect(swedish.errors).toEqual({});
  });
});

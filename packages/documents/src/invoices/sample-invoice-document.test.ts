import { describe, expect, it } from "vitest";
import { amountDueCents, type InvoiceDocument } from "./invoice-document";
import { formatReference } from "../shared/format-values";
import { epcQrPayload, virtualBarcode } from "@reskontra/domain";
import {
  sampleCoPaymentInvoiceDocument,
  sampleCreditNoteDocument,
  sampleInvoiceDocument,
  sampleMillionInvoiceDocument,
  sampleReminderDocument,
} from "./sample-invoice-document";
import { vatSummaryOf } from "./vat-summary";

/** Finnish reference check digit (weights 7, 3, 1 from the right), recomputed here so the samples cannot drift. */
function hasValidCheckDigit(reference: string): boolean {
  const digits = reference.split("").map(Number);
  const check = digits.pop();
  const weights = [7, 3, 1];
  const sum = digits.reverse().reduce((acc, d, i) => acc + d * (weights[i % 3] ?? 0), 0);
  return check === (10 - (sum % 10)) % 10;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

const SAMPLES: [string, InvoiceDocument][] = [
  ["invoice", sampleInvoiceDocument],
  ["credit note", sampleCreditNoteDocument],
  ["reminder", sampleReminderDocument],
  ["co-payment invoice", sampleCoPaymentInvoiceDocument],
  ["million-euro invoice", sampleMillionInvoiceDocument],
];

describe.each(SAMPLES)("sample %s", (_name, doc) => {
  it("has a valid reference, printed in groups of five", () => {
    expect(hasValidCheckDigit(doc.referenceNumber)).toBe(true);
    expect(doc.referenceFormatted).toBe(formatReference(doc.referenceNumber));
  });

  it("has totals and a VAT breakdown that add up (VAT per rate from the rows' nets, BR-CO-17)", () => {
    expect(doc.totals.netCents).toBe(sum(doc.rows.map((r) => r.netCents)));
    expect({ vatBreakdown: doc.vatBreakdown, totals: doc.totals }).toEqual(vatSummaryOf(doc.rows));
    expect(doc.totals.grossCents).toBe(doc.totals.netCents + doc.totals.vatCents);
    expect(sum(doc.vatBreakdown.map((v) => v.netCents))).toBe(doc.totals.netCents);
    expect(sum(doc.vatBreakdown.map((v) => v.vatCents))).toBe(doc.totals.vatCents);
  });

  it("has a version 4 virtual barcode encoding IBAN, amount due, reference and due date (none from 1 000 000 €)", () => {
    if (amountDueCents(doc) > 99_999_999) {
      expect(doc.virtualBarcode).toBeNull();
      return;
    }
    const due = doc.kind === "credit_note" ? 0 : amountDueCents(doc);
    const dueDate = doc.kind === "credit_note" ? "000000" : doc.dueDate.slice(2).replace(/-/g, "");
    const expected = `4${doc.seller.iban.slice(2)}${String(due).padStart(8, "0")}000${doc.referenceNumber.padStart(20, "0")}${dueDate}`;
    expect(doc.virtualBarcode).toBe(expected);
    expect(doc.virtualBarcode).toMatch(/^\d{54}$/);
  });
});

// A credit note asks for no payment, so its QR payload has no amount or due date.
describe.each(SAMPLES.filter(([, doc]) => doc.kind !== "credit_note"))("sample %s", (_name, doc) => {
  it("has the EPC QR payload the domain makes: amount due, RF reference and due date", () => {
    expect(doc.epcQrPayload).toBe(
      epcQrPayload({
        name: doc.seller.name,
        iban: doc.seller.iban,
        bic: doc.seller.bic,
        amountCents: amountDueCents(doc),
        reference: doc.referenceNumber,
        dueDate: doc.dueDate,
      }),
    );
    if (doc.virtualBarcode !== null) {
      expect(doc.virtualBarcode).toBe(
        virtualBarcode({
          iban: doc.seller.iban,
          amountCents: amountDueCents(doc),
          reference: doc.referenceNumber,
          dueDate: doc.dueDate,
        }),
      );
    }
  });
});

import { describe, expect, it } from "vitest";
import type { InvoiceDocument } from "./invoice-document";
import { renderInvoicePdf } from "./render-invoice-pdf";
import {
  SAMPLE_VIRTUAL_BARCODE,
  sampleCoPaymentInvoiceDocument,
  sampleCreditNoteDocument,
  sampleInvoiceDocument,
  sampleMillionInvoiceDocument,
  sampleReminderDocument,
} from "./sample-invoice-document";
import { code128Symbol, epcQrSymbol } from "../shared/payment-codes";
import { readPdf } from "../testing/pdf-text";

/** Shape of a Finnish personal identity code (henkilötunnus), which must never appear. */
const HETU = /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/;

const personBuyerDocument: InvoiceDocument = {
  ...sampleInvoiceDocument,
  buyer: {
    name: "Åsa Öhman & <Pää>",
    customerNumber: "A-77",
    address: { street: "Västra Kajen 3", postalCode: "65100", city: "Vaasa", countryCode: "FI" },
    isPerson: true,
  },
};

describe("renderInvoicePdf", () => {
  it("prints the numbers a payer needs, in Finnish format", async () => {
    const bytes = await renderInvoicePdf(sampleInvoiceDocument);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, pages } = await readPdf(bytes);
    expect(pages).toHaveLength(1);
    for (const expected of [
      "LASKU",
      "Laskun numero",
      "10010257",
      "Viitenumero",
      "1001 02578",
      "Eräpäivä",
      "23.11.2026",
      "9.11.2026",
      "1 234,28 €",
      "1 002,00 €",
      "232,28 €",
      "25,5 %",
      "14 %",
      "Tilinumero (IBAN)",
      "FI21 1234 5600 0007 85",
      "NDEAFIHH",
      "Kahvila Myllynkivi Oy",
      "Tilitoimisto Äijälä Oy",
      SAMPLE_VIRTUAL_BARCODE,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("draws the Code 128 barcode and the EPC QR code as vector shapes, not images", async () => {
    const { imageCount, rectangleCount } = await readPdf(await renderInvoicePdf(sampleInvoiceDocument));
    expect(imageCount).toBe(0);
    const bars = code128Symbol(SAMPLE_VIRTUAL_BARCODE).rects.length;
    const qrRuns = epcQrSymbol(sampleInvoiceDocument.epcQrPayload).rects.length;
    expect(rectangleCount).toBe(bars + qrRuns);
  });

  it("gives the same bytes for the same input, also when rendered in parallel", async () => {
    const renders = await Promise.all(Array.from({ length: 4 }, () => renderInvoicePdf(sampleInvoiceDocument)));
    for (const other of renders.slice(1)) expect(other.equals(renders[0] as Buffer)).toBe(true);
  });

  it("renders ä, ö, å, € and markup characters of a person customer, and no identity code anywhere", async () => {
    for (const doc of [sampleInvoiceDocument, sampleCreditNoteDocument, sampleReminderDocument, personBuyerDocument]) {
      const { text } = await readPdf(await renderInvoicePdf(doc));
      expect(text).not.toMatch(HETU);
    }
    const { text } = await readPdf(await renderInvoicePdf(personBuyerDocument));
    expect(text).toContain("Åsa Öhman & <Pää>");
    // Control: the check does see an identity code when one is printed (here through free-text notes).
    const leaked = await readPdf(await renderInvoicePdf({ ...sampleInvoiceDocument, notes: "Henkilötunnus 131052-308T" }));
    expect(leaked.text).toMatch(HETU);
    expect(text).toContain("Västra Kajen 3");
  });

  it("shows a credit note with negative amounts and nothing to pay", async () => {
    const { text, rectangleCount } = await readPdf(await renderInvoicePdf(sampleCreditNoteDocument));
    expect(text).toContain("HYVITYSLASKU");
    expect(text).toContain("-115,14 €");
    expect(text).toContain("-14,14 €");
    expect(text).toContain("Hyvitys, ei maksettavaa");
    expect(text).toContain("Alkuperäinen lasku");
    // No barcode or QR code to pay with.
    expect(rectangleCount).toBe(0);
  });

  it("shows a reminder's original invoice, fee lines and the amount due, in English", async () => {
    const { text, rectangleCount } = await readPdf(await renderInvoicePdf({ ...sampleReminderDocument, language: "en" }));
    for (const expected of [
      "PAYMENT REMINDER",
      "Original invoice",
      "10010257",
      "1001 02578",
      "Muistutusmaksu",
      "5,00 €",
      "4,97 €",
      "Outstanding",
      "1 234,28 €",
      "Amount due",
      "1 244,25 €",
      "21.12.2026",
    ]) {
      expect(text).toContain(expected);
    }
    // The reminder is paid with its own barcode and QR code.
    expect(rectangleCount).toBeGreaterThan(100);
  });

  it("flows many rows onto further pages and keeps the payment slip on the last", async () => {
    const row = sampleInvoiceDocument.rows[0];
    if (!row) throw new Error("sample has rows");
    const many: InvoiceDocument = {
      ...sampleInvoiceDocument,
      rows: Array.from({ length: 60 }, (_, i) => ({ ...row, description: `Rivi ${i + 1}` })),
    };
    const { pages } = await readPdf(await renderInvoicePdf(many));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(pages.join("\n")).toContain("Rivi 60");
    expect(pages.at(-1)).toContain(SAMPLE_VIRTUAL_BARCODE);
    // Loose pages can be matched to their invoice.
    expect(pages.slice(1).every((page) => page.includes("Lasku 10010257"))).toBe(true);
  });

  it("prints an invoice of 1 234 578,89 € with the EPC QR code and the transfer details, and no bank barcode", async () => {
    const { text, rectangleCount } = await readPdf(await renderInvoicePdf(sampleMillionInvoiceDocument));
    expect(text).toContain("1 234 578,89 €");
    expect(text).toContain("Summa ei mahdu pankkiviivakoodiin: maksa QR-koodilla tai tilisiirrolla.");
    expect(text).toContain("FI21 1234 5600 0007 85");
    expect(text).not.toContain("Virtuaaliviivakoodi");
    // Only the QR code's squares are drawn.
    expect(rectangleCount).toBe(epcQrSymbol(sampleMillionInvoiceDocument.epcQrPayload).rects.length);
  });

  it("shows why a VAT-exempt co-payment or a reminder fee carries no VAT", async () => {
    const coPayment = await readPdf(await renderInvoicePdf(sampleCoPaymentInvoiceDocument));
    expect(coPayment.text).toContain("Veroton sosiaalihuollon palvelu (arvonlisäverolaki 37 §)");
    const reminder = await readPdf(await renderInvoicePdf({ ...sampleReminderDocument, language: "en" }));
    expect(reminder.text).toContain("Not subject to VAT (reminder fee, interest or compensation)");
  });

  it("prints the seller's business ID in the footer of every kind of document", async () => {
    for (const doc of [sampleInvoiceDocument, sampleCreditNoteDocument, sampleReminderDocument, sampleMillionInvoiceDocument]) {
      const { text } = await readPdf(await renderInvoicePdf(doc));
      expect(text).toContain("Y-tunnus 2345678-0");
    }
  });

  it("refuses a virtual barcode that is not 54 digits", async () => {
    await expect(renderInvoicePdf({ ...sampleInvoiceDocument, virtualBarcode: "123" })).rejects.toThrow(/54 digits/);
  });
});

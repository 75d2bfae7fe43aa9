import { describe, expect, it } from "vitest";
import { buildFinvoice } from "./build-finvoice";
import type { InvoiceDocument } from "./invoice-document";
import {
  SAMPLE_VIRTUAL_BARCODE,
  sampleCoPaymentInvoiceDocument,
  sampleCreditNoteDocument,
  sampleInvoiceDocument,
  sampleMillionInvoiceDocument,
  sampleReminderDocument,
} from "./sample-invoice-document";
import { finvoiceXsd, missingSchemaPolicy, validateFinvoice } from "../testing/finvoice-schema";

const opts = { messageIdentifier: "RESKONTRA-10010257-1", timestamp: "2026-11-09T08:00:00Z" };
const noSchema = finvoiceXsd === null;

async function expectValid(xml: string): Promise<void> {
  const result = await validateFinvoice(xml);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

/** Awkward but legal data: markup characters, Finnish letters, overlong fields, a person buyer. */
const awkwardDocument: InvoiceDocument = {
  ...sampleInvoiceDocument,
  language: "en",
  seller: {
    ...sampleInvoiceDocument.seller,
    name: "Ääkköset & <Öljy> \"Oy\" 'Åbo' — pitkä nimi joka jatkuu ja jatkuu yli seitsemänkymmenen merkin x",
  },
  buyer: {
    name: "Pää & Möller <Tmi> > kaikki",
    businessId: "0112038-9", // must not be sent for a person
    address: {
      street: "Hyvin pitkä katuosoite joka ei mahdu kolmeenkymmeneenviiteen merkkiin 12 B 34",
      postalCode: "00100",
      city: "Helsinki",
      countryCode: "fi",
    },
    isPerson: true,
  },
  rows: sampleInvoiceDocument.rows.map((row, i) =>
    i === 0 ? { ...row, description: `Kuvaus & <tagi> ${"x".repeat(120)}` } : row,
  ),
  notes: "Huom: 5 < 6 & 7 > 3 \u0007 (ohjausmerkki poistetaan)",
};

/** Every kind of Finvoice the product sends, each validated against the Finvoice 3.0 XSD in CI. */
const EVERY_GENERATED_FINVOICE: [string, InvoiceDocument][] = [
  ["invoice", sampleInvoiceDocument],
  ["credit note", sampleCreditNoteDocument],
  ["payment reminder", sampleReminderDocument],
  ["co-payment invoice from service vouchers", sampleCoPaymentInvoiceDocument],
  ["invoice of 1 000 000 € or more", sampleMillionInvoiceDocument],
  ["invoice with awkward text", awkwardDocument],
];

describe("validation run against Finvoice3.0.xsd", () => {
  it.skipIf(noSchema).each(EVERY_GENERATED_FINVOICE)("the %s validates", async (_kind, doc) => {
    await expectValid(buildFinvoice(doc, opts));
  });

  it("fails (not skips) a CI run whose ../shared/finvoice schema is missing", () => {
    expect(missingSchemaPolicy("true")).toBe("fail");
    expect(missingSchemaPolicy("1")).toBe("fail");
    expect(missingSchemaPolicy(undefined)).toBe("skip");
    expect(missingSchemaPolicy("false")).toBe("skip");
  });
});

describe("buildFinvoice", () => {
  it.skipIf(noSchema)("an invoice with VAT 25,5 % and 14 % validates against Finvoice3.0.xsd", async () => {
    const xml = buildFinvoice(sampleInvoiceDocument, opts);
    await expectValid(xml);
    expect(xml).toContain('<InvoiceTypeCode CodeListAgencyIdentifier="SPY">INV01</InvoiceTypeCode>');
    expect(xml).toContain("<VatRatePercent>25,5</VatRatePercent>");
    expect(xml).toContain("<VatRatePercent>14</VatRatePercent>");
    expect(xml).toContain(
      '<InvoiceTotalVatIncludedAmount AmountCurrencyIdentifier="EUR">1234,28</InvoiceTotalVatIncludedAmount>',
    );
    expect(xml).toContain('<InvoiceDueDate Format="CCYYMMDD">20261123</InvoiceDueDate>');
    expect(xml).toContain('<ToIdentifier SchemeID="0037">003701120389</ToIdentifier>');
    expect(xml).toContain("<ToIntermediator>NDEAFIHH</ToIntermediator>");
    expect(xml).toContain('<EpiRemittanceInfoIdentifier IdentificationSchemeName="SPY">100102578</EpiRemittanceInfoIdentifier>');
    expect(xml).toContain('<EpiAccountID IdentificationSchemeName="IBAN">FI2112345600000785</EpiAccountID>');
    expect(xml).toContain(`<VirtualBankBarcode>${SAMPLE_VIRTUAL_BARCODE}</VirtualBankBarcode>`);
    expect(xml.match(/<InvoiceRow>/g)).toHaveLength(2);
  });

  it.skipIf(noSchema)("a credit note is INV02 with negative amounts and the original invoice number", async () => {
    const xml = buildFinvoice(sampleCreditNoteDocument, opts);
    await expectValid(xml);
    expect(xml).toContain(">INV02</InvoiceTypeCode>");
    expect(xml).toContain("<InvoiceTypeCodeUN>381</InvoiceTypeCodeUN>");
    expect(xml).toContain("<OriginalInvoiceNumber>10010257</OriginalInvoiceNumber>");
    expect(xml).toContain(
      '<InvoiceTotalVatIncludedAmount AmountCurrencyIdentifier="EUR">-115,14</InvoiceTotalVatIncludedAmount>',
    );
    expect(xml).not.toContain("<VirtualBankBarcode>");
  });

  it.skipIf(noSchema)("a credit note says there is nothing to pay: no payment terms in days and no due date", async () => {
    const xml = buildFinvoice(sampleCreditNoteDocument, opts);
    await expectValid(xml);
    expect(xml).toContain("<PaymentTermsFreeText>Hyvitys, ei maksettavaa</PaymentTermsFreeText>");
    expect(xml).not.toContain("netto");
    expect(xml).not.toContain("<InvoiceDueDate");
    // The payment part is dated on the credit note's own date, not a due date.
    expect(xml).toContain('<EpiDateOptionDate Format="CCYYMMDD">20261112</EpiDateOptionDate>');
  });

  it.skipIf(noSchema)("a reminder is INV08, points at the overdue invoice and asks for open amount + fees", async () => {
    const xml = buildFinvoice(sampleReminderDocument, opts);
    await expectValid(xml);
    expect(xml).toContain(">INV08</InvoiceTypeCode>");
    expect(xml).toContain("<RowOriginalInvoiceIdentifier>10010257</RowOriginalInvoiceIdentifier>");
    expect(xml).toContain('<RowUnPaidVatIncludedAmount AmountCurrencyIdentifier="EUR">1234,28</RowUnPaidVatIncludedAmount>');
    expect(xml).toContain('<EpiInstructedAmount AmountCurrencyIdentifier="EUR">1244,25</EpiInstructedAmount>');
    expect(xml).toContain("<VatRatePercent>0</VatRatePercent>");
    expect(xml.match(/<InvoiceRow>/g)).toHaveLength(3);
  });

  it.skipIf(noSchema)("escapes & < > and keeps ä ö å; splits or clips overlong text; never sends a person's ids", async () => {
    const xml = buildFinvoice(awkwardDocument, opts);
    await expectValid(xml);
    expect(xml).toContain("<BuyerOrganisationName>Pää &amp; Möller &lt;Tmi&gt; &gt; kaikki</BuyerOrganisationName>");
    expect(xml).toContain("Ääkköset &amp; &lt;Öljy&gt;");
    expect(xml).not.toContain("<Tmi>");
    expect(xml).not.toContain("\u0007");
    expect(xml.match(/<SellerOrganisationName>/g)).toHaveLength(2);
    expect(xml).not.toContain("<BuyerPartyIdentifier>");
    expect(xml).not.toContain("0112038-9");
    expect(xml).toContain("<RowFreeText>Kuvaus &amp; &lt;tagi&gt;");
    // No receiver e-invoice address: routing is left to the operator.
    expect(xml).not.toContain("<MessageTransmissionDetails>");
    expect(xml).toContain("<InvoiceTypeText>INVOICE</InvoiceTypeText>");
  });

  it.skipIf(noSchema)("the validator rejects a message missing a required element or with a malformed amount", async () => {
    const xml = buildFinvoice(sampleInvoiceDocument, opts);
    const withoutNumber = xml.replace(/\s*<InvoiceNumber>[^<]*<\/InvoiceNumber>/, "");
    expect(withoutNumber).not.toContain("<InvoiceNumber>");
    const missing = await validateFinvoice(withoutNumber);
    expect(missing.valid).toBe(false);
    expect(missing.errors.join("\n")).toMatch(/InvoiceNumber|InvoiceDate/);

    const dotAmount = await validateFinvoice(
      xml.replace(">1234,28</InvoiceTotalVatIncludedAmount>", ">1234.28</InvoiceTotalVatIncludedAmount>"),
    );
    expect(dotAmount.valid).toBe(false);
  });

  it.skipIf(noSchema)("a reminder's fee and interest rows are outside the scope of VAT (O), with the reason", async () => {
    const xml = buildFinvoice(sampleReminderDocument, opts);
    await expectValid(xml);
    expect(xml.match(/<RowVatCode>O<\/RowVatCode>/g)).toHaveLength(2);
    expect(xml).not.toContain("<RowVatCode>Z</RowVatCode>");
    expect(xml).toContain("<VatCode>O</VatCode>");
    expect(xml).toContain("<VatFreeText>Ei arvonlisäveron alainen (muistutusmaksu, korko tai korvaus)</VatFreeText>");
  });

  it.skipIf(noSchema)("a co-payment invoice for service vouchers is VAT exempt (E) with the VAT Act section", async () => {
    const xml = buildFinvoice(sampleCoPaymentInvoiceDocument, opts);
    await expectValid(xml);
    expect(xml).toContain("<RowVatCode>E</RowVatCode>");
    expect(xml).toContain("<VatCode>E</VatCode>");
    expect(xml).toContain("<VatFreeText>Veroton sosiaalihuollon palvelu (arvonlisäverolaki 37 §)</VatFreeText>");
    expect(xml).not.toContain("<VatCode>Z</VatCode>");
  });

  it.skipIf(noSchema)("a truly zero-rated row stays Z, and a taxed row S", async () => {
    const row = sampleInvoiceDocument.rows[0];
    if (!row) throw new Error("sample has rows");
    const doc: InvoiceDocument = {
      ...sampleInvoiceDocument,
      rows: [row, { ...row, description: "Vienti EU:n ulkopuolelle", vatRatePercent: 0, vatCents: 0, grossCents: row.netCents }],
      vatBreakdown: [
        { vatRatePercent: 25.5, netCents: row.netCents, vatCents: row.vatCents },
        { vatRatePercent: 0, netCents: row.netCents, vatCents: 0 },
      ],
    };
    const xml = buildFinvoice(doc, opts);
    await expectValid(xml);
    expect(xml.match(/<RowVatCode>(\w+)<\/RowVatCode>/g)).toEqual(["<RowVatCode>S</RowVatCode>", "<RowVatCode>Z</RowVatCode>"]);
  });

  it.skipIf(noSchema)("an invoice of 1 234 578,89 € goes out without the bank barcode, with the full amount to pay", async () => {
    const xml = buildFinvoice(sampleMillionInvoiceDocument, opts);
    await expectValid(xml);
    expect(xml).not.toContain("<VirtualBankBarcode>");
    expect(xml).toContain(
      '<InvoiceTotalVatIncludedAmount AmountCurrencyIdentifier="EUR">1234578,89</InvoiceTotalVatIncludedAmount>',
    );
    expect(xml).toContain('<EpiInstructedAmount AmountCurrencyIdentifier="EUR">1234578,89</EpiInstructedAmount>');
  });

  it("is deterministic for the same input and options", () => {
    expect(buildFinvoice(sampleInvoiceDocument, opts)).toBe(buildFinvoice(sampleInvoiceDocument, opts));
    expect(
      buildFinvoice(sampleInvoiceDocument, opts).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Finvoice Version="3.0">'),
    ).toBe(true);
  });
});

import type { InvoiceDocument } from "./invoice-document";

/**
 * Realistic sample documents for tests and the PDF benchmark. The derived values
 * (reference check digits, virtual barcodes, EPC payloads) were computed by the
 * published algorithms and are checked again in the tests.
 */

const seller: InvoiceDocument["seller"] = {
  name: "Tilitoimisto Äijälä Oy",
  businessId: "2345678-0",
  address: { street: "Hämeenkatu 12 A 3", postalCode: "33100", city: "Tampere", countryCode: "FI" },
  email: "laskut@aijala.example",
  phone: "+358 40 123 4567",
  iban: "FI2112345600000785",
  bic: "NDEAFIHH",
  einvoiceAddress: "003723456780",
  operatorId: "003723327487",
};

const buyer: InvoiceDocument["buyer"] = {
  name: "Kahvila Myllynkivi Oy",
  businessId: "0112038-9",
  customerNumber: "1057",
  address: { street: "Pyynikintie 5", postalCode: "33230", city: "Tampere", countryCode: "FI" },
  email: "ostot@myllynkivi.example",
  einvoiceAddress: "003701120389",
  operatorId: "NDEAFIHH",
  isPerson: false,
};

/** The sample invoice's barcode: 1 234,28 €, reference 100102578, due 23.11.2026. */
export const SAMPLE_VIRTUAL_BARCODE = "421123456000007850012342800000000000000100102578261123";

/** User 100102's 57th invoice: two VAT rates, total 1 234,28 €. */
export const sampleInvoiceDocument: InvoiceDocument = {
  kind: "invoice",
  language: "fi",
  invoiceNumber: "10010257",
  referenceNumber: "100102578",
  referenceFormatted: "1001 02578",
  issueDate: "2026-11-09",
  dueDate: "2026-11-23",
  deliveryDate: "2026-10-31",
  paymentTermsDays: 14,
  seller,
  buyer,
  rows: [
    {
      description: "Kirjanpito ja ALV-ilmoitus, lokakuu 2026",
      quantity: 10,
      unit: "h",
      unitPriceCents: 8000,
      vatRatePercent: 25.5,
      netCents: 80000,
      vatCents: 20400,
      grossCents: 100400,
    },
    {
      description: "Yrittäjän verokäsikirja 2026",
      quantity: 2,
      unit: "kpl",
      unitPriceCents: 10100,
      vatRatePercent: 14,
      netCents: 20200,
      vatCents: 2828,
      grossCents: 23028,
    },
  ],
  vatBreakdown: [
    { vatRatePercent: 25.5, netCents: 80000, vatCents: 20400 },
    { vatRatePercent: 14, netCents: 20200, vatCents: 2828 },
  ],
  totals: { netCents: 100200, vatCents: 23228, grossCents: 123428 },
  virtualBarcode: SAMPLE_VIRTUAL_BARCODE,
  epcQrPayload:
    "BCD\n002\n1\nSCT\nNDEAFIHH\nTilitoimisto Äijälä Oy\nFI2112345600000785\nEUR1234.28\n\nRF83100102578\n\nReqdExctnDt/2026-11-23",
  notes: "Kiitos asiakkuudesta!",
};

/** Credits one of the two books on the invoice above. */
export const sampleCreditNoteDocument: InvoiceDocument = {
  ...sampleInvoiceDocument,
  kind: "credit_note",
  invoiceNumber: "10010258",
  referenceNumber: "100102581",
  referenceFormatted: "1001 02581",
  issueDate: "2026-11-12",
  dueDate: "2026-11-12",
  deliveryDate: undefined,
  paymentTermsDays: 0,
  rows: [
    {
      description: "Hyvitys: Yrittäjän verokäsikirja 2026",
      quantity: -1,
      unit: "kpl",
      unitPriceCents: 10100,
      vatRatePercent: 14,
      netCents: -10100,
      vatCents: -1414,
      grossCents: -11514,
    },
  ],
  vatBreakdown: [{ vatRatePercent: 14, netCents: -10100, vatCents: -1414 }],
  totals: { netCents: -10100, vatCents: -1414, grossCents: -11514 },
  // Nothing is to be paid: zero amount and no due date (000000) in the barcode.
  virtualBarcode: "421123456000007850000000000000000000000100102581000000",
  epcQrPayload: "BCD\n002\n1\nSCT\nNDEAFIHH\nTilitoimisto Äijälä Oy\nFI2112345600000785\n\n\nRF02100102581",
  originalInvoice: { invoiceNumber: "10010257", referenceNumber: "100102578", dueDate: "2026-11-23", openCents: 123428 },
  notes: "Hyvitämme virheellisesti laskutetun kirjan.",
};

/** A business reminder: 5,00 € fee and 10,5 % late interest for 14 days on 1 234,28 €. */
export const sampleReminderDocument: InvoiceDocument = {
  ...sampleInvoiceDocument,
  kind: "reminder",
  invoiceNumber: "10010259",
  referenceNumber: "100102594",
  referenceFormatted: "1001 02594",
  issueDate: "2026-12-07",
  dueDate: "2026-12-21",
  deliveryDate: undefined,
  paymentTermsDays: 14,
  rows: [
    {
      description: "Muistutusmaksu",
      quantity: 1,
      unitPriceCents: 500,
      vatRatePercent: 0,
      netCents: 500,
      vatCents: 0,
      grossCents: 500,
    },
    {
      description: "Viivästyskorko 10,5 % 24.11.–7.12.2026",
      quantity: 1,
      unitPriceCents: 497,
      vatRatePercent: 0,
      netCents: 497,
      vatCents: 0,
      grossCents: 497,
    },
  ],
  vatBreakdown: [{ vatRatePercent: 0, netCents: 997, vatCents: 0 }],
  totals: { netCents: 997, vatCents: 0, grossCents: 997 },
  virtualBarcode: "421123456000007850012442500000000000000100102594261221",
  epcQrPayload:
    "BCD\n002\n1\nSCT\nNDEAFIHH\nTilitoimisto Äijälä Oy\nFI2112345600000785\nEUR1244.25\n\nRF39100102594\n\nReqdExctnDt/2026-12-21",
  originalInvoice: { invoiceNumber: "10010257", referenceNumber: "100102578", dueDate: "2026-11-23", openCents: 123428 },
  notes: "Jos olet jo maksanut laskun, tämä muistutus on aiheeton.",
};

/**
 * A 1 234 567,89 € invoice: too large for the bank barcode's amount field (999 999,99 € at most),
 * so it goes out without a barcode; the EPC QR code carries the amount.
 */
export const sampleMillionInvoiceDocument: InvoiceDocument = {
  ...sampleInvoiceDocument,
  invoiceNumber: "10010260",
  referenceNumber: "100102604",
  referenceFormatted: "1001 02604",
  rows: [
    {
      description: "Toimitilan kauppahinta",
      quantity: 1,
      unitPriceCents: 98_372_820,
      vatRatePercent: 25.5,
      netCents: 98_372_820,
      vatCents: 25_085_069,
      grossCents: 123_457_889,
    },
  ],
  vatBreakdown: [{ vatRatePercent: 25.5, netCents: 98_372_820, vatCents: 25_085_069 }],
  totals: { netCents: 98_372_820, vatCents: 25_085_069, grossCents: 123_457_889 },
  virtualBarcode: null,
  epcQrPayload:
    "BCD\n002\n1\nSCT\nNDEAFIHH\nTilitoimisto Äijälä Oy\nFI2112345600000785\nEUR1234578.89\n\nRF60100102604\n\nReqdExctnDt/2026-11-23",
};

/** A co-payment invoice for service-voucher events: social welfare services, VAT exempt (AVL 37 §). */
export const sampleCoPaymentInvoiceDocument: InvoiceDocument = {
  ...sampleInvoiceDocument,
  invoiceNumber: "10010261",
  referenceNumber: "100102617",
  referenceFormatted: "1001 02617",
  buyer: {
    name: "Maija Meikäläinen",
    customerNumber: "PS-204",
    address: { street: "Kotikatu 4 B 12", postalCode: "33500", city: "Tampere", countryCode: "FI" },
    isPerson: true,
  },
  rows: [
    {
      description: "2.11.2026 Kotihoidon käynti (palveluseteli 20261102)",
      quantity: 1,
      unitPriceCents: 1250,
      vatRatePercent: 0,
      vatCategory: "E",
      vatExemptionReason: "Veroton sosiaalihuollon palvelu (arvonlisäverolaki 37 §)",
      netCents: 1250,
      vatCents: 0,
      grossCents: 1250,
    },
  ],
  vatBreakdown: [
    {
      vatRatePercent: 0,
      vatCategory: "E",
      vatExemptionReason: "Veroton sosiaalihuollon palvelu (arvonlisäverolaki 37 §)",
      netCents: 1250,
      vatCents: 0,
    },
  ],
  totals: { netCents: 1250, vatCents: 0, grossCents: 1250 },
  virtualBarcode: "421123456000007850000125000000000000000100102617261123",
  epcQrPayload:
    "BCD\n002\n1\nSCT\nNDEAFIHH\nTilitoimisto Äijälä Oy\nFI2112345600000785\nEUR12.50\n\nRF97100102617\n\nReqdExctnDt/2026-11-23",
  notes: undefined,
};

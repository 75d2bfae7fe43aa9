import type { DocumentLanguage, InvoiceDocumentKind } from "./invoice-document";

/** Every fixed text printed on a document, per language. */
export interface DocumentLabels {
  title: Record<InvoiceDocumentKind, string>;
  seller: string;
  buyer: string;
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  deliveryDate: string;
  paymentTerms: (days: number) => string;
  customerNumber: string;
  businessId: string;
  reference: string;
  iban: string;
  bic: string;
  recipient: string;
  description: string;
  quantity: string;
  unitPrice: string;
  vatPercent: string;
  net: string;
  vat: string;
  gross: string;
  vatBreakdown: string;
  vatBase: string;
  totalNet: string;
  totalVat: string;
  total: string;
  amountDue: string;
  originalInvoice: string;
  originalDueDate: string;
  originalReference: string;
  openAmount: string;
  reminderFees: string;
  creditNotice: string;
  creditTotal: string;
  virtualBarcode: string;
  epcQr: string;
  email: string;
  phone: string;
}

const fi: DocumentLabels = {
  title: { invoice: "Lasku", credit_note: "Hyvityslasku", reminder: "Maksumuistutus" },
  seller: "Laskuttaja",
  buyer: "Asiakas",
  invoiceNumber: "Laskun numero",
  issueDate: "Päiväys",
  dueDate: "Eräpäivä",
  deliveryDate: "Toimituspäivä",
  paymentTerms: (days) => `${days} päivää netto`,
  customerNumber: "Asiakasnumero",
  businessId: "Y-tunnus",
  reference: "Viitenumero",
  iban: "Tilinumero (IBAN)",
  bic: "BIC",
  recipient: "Saaja",
  description: "Kuvaus",
  quantity: "Määrä",
  unitPrice: "À-hinta",
  vatPercent: "ALV %",
  net: "Veroton",
  vat: "ALV",
  gross: "Yhteensä",
  vatBreakdown: "ALV-erittely",
  vatBase: "Veron peruste",
  totalNet: "Veroton yhteensä",
  totalVat: "ALV yhteensä",
  total: "Yhteensä",
  amountDue: "Maksettava yhteensä",
  originalInvoice: "Alkuperäinen lasku",
  originalDueDate: "Alkuperäinen eräpäivä",
  originalReference: "Alkuperäinen viite",
  openAmount: "Avoinna",
  reminderFees: "Muistutuksen kulut",
  creditNotice: "Hyvitys, ei maksettavaa",
  creditTotal: "Hyvitys yhteensä",
  virtualBarcode: "Virtuaaliviivakoodi",
  epcQr: "Maksa QR-koodilla",
  email: "Sähköposti",
  phone: "Puhelin",
};

const en: DocumentLabels = {
  title: { invoice: "Invoice", credit_note: "Credit note", reminder: "Payment reminder" },
  seller: "Seller",
  buyer: "Customer",
  invoiceNumber: "Invoice number",
  issueDate: "Date",
  dueDate: "Due date",
  deliveryDate: "Delivery date",
  paymentTerms: (days) => `${days} days net`,
  customerNumber: "Customer number",
  businessId: "Business ID",
  reference: "Reference",
  iban: "Account (IBAN)",
  bic: "BIC",
  recipient: "Payee",
  description: "Description",
  quantity: "Qty",
  unitPrice: "Unit price",
  vatPercent: "VAT %",
  net: "Net",
  vat: "VAT",
  gross: "Total",
  vatBreakdown: "VAT breakdown",
  vatBase: "Taxable amount",
  totalNet: "Total excl. VAT",
  totalVat: "Total VAT",
  total: "Total",
  amountDue: "Amount due",
  originalInvoice: "Original invoice",
  originalDueDate: "Original due date",
  originalReference: "Original reference",
  openAmount: "Outstanding",
  reminderFees: "Reminder charges",
  creditNotice: "Credit, nothing to pay",
  creditTotal: "Total credit",
  virtualBarcode: "Virtual barcode",
  epcQr: "Pay with QR code",
  email: "E-mail",
  phone: "Phone",
};

export function labelsFor(language: DocumentLanguage): DocumentLabels {
  return language === "fi" ? fi : en;
}

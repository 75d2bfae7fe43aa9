import type { MatrixTable } from "./matrix-row";

const customer = {
  customerNumber: "M-1",
  name: "Matti Matriisi",
  isPerson: true,
  businessId: null,
  countryCode: "FI",
  street: "Katu 1",
  postalCode: "00100",
  city: "Helsinki",
  email: null,
  einvoiceAddress: null,
  einvoiceOperator: null,
};
const draft = (customerId: string) => ({
  customerId,
  issueDate: "2026-11-23",
  deliveryDate: null,
  paymentTermsDays: 14,
  deliveryMethod: "email",
  notes: null,
  rows: [{ description: "Työ", quantity: 1, unit: null, unitPriceCents: 1000, vatRatePercent: 25.5 }],
});

/** customers and invoices: a user's own; customer service sees every company's. */
export const invoiceRows: MatrixTable = {
  "customers.list": { access: ["user"], input: ({ org }) => ({ organizationId: org }) },
  "customers.create": { access: ["user"], input: ({ org }) => ({ organizationId: org, ...customer }) },
  "customers.update": {
    access: ["user"],
    input: ({ org, t }) => ({ organizationId: org, customerId: t.customerId, customer }),
  },
  "invoices.mine": { access: ["user"], input: ({ org }) => ({ organizationId: org }) },
  "invoices.create": { access: ["user"], input: ({ org, t }) => ({ organizationId: org, ...draft(t.customerId) }) },
  "invoices.update": {
    access: ["user"],
    input: ({ org, t }) => ({ organizationId: org, invoiceId: t.invoiceId, invoice: draft(t.customerId) }),
  },
  "invoices.submit": { access: "signed-in", owners: ["user"], global: ["agent"], input: ({ t }) => ({ invoiceId: t.invoiceId }) },
  "invoices.addMessage": {
    access: "signed-in",
    owners: ["user"],
    global: ["agent"],
    input: ({ t }) => ({ invoiceId: t.invoiceId, body: "Viesti" }),
  },
  "invoices.get": { access: "signed-in", owners: ["user"], global: ["agent"], input: ({ t }) => ({ invoiceId: t.invoiceId }) },
  "invoices.pdf": { access: "signed-in", owners: ["user"], global: ["agent"], input: ({ t }) => ({ invoiceId: t.invoiceId }) },
  "invoices.search": { access: "signed-in", global: ["agent"], input: () => ({ query: "a" }) },
  "invoices.openReceivables": { access: "signed-in", global: ["agent"] },
  "invoices.receivablesAgeing": { access: "signed-in", global: ["agent"], input: () => ({ bucket: "d1_30" }) },
  "invoices.unsent": { access: ["agent"], global: ["agent"] },
  "invoices.send": { access: ["agent"], global: ["agent"], input: ({ t }) => ({ invoiceId: t.invoiceId }) },
  "invoices.returnForCorrection": {
    access: ["agent"],
    global: ["agent"],
    input: ({ t }) => ({ invoiceId: t.invoiceId, message: "Korjaa" }),
  },
  "invoices.recordPayment": {
    access: ["agent"],
    global: ["agent"],
    input: ({ t }) => ({ invoiceId: t.invoiceId, amountCents: 100, paidOn: "2026-11-23" }),
  },
  "invoices.createCreditNote": {
    access: ["agent"],
    global: ["agent"],
    input: ({ t }) => ({ invoiceId: t.invoiceId, reason: "Hyvitys" }),
  },
};

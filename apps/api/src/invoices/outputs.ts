import { DELIVERY_METHODS, DISPATCH_STATUSES, INVOICE_STATUSES } from "@reskontra/db";
import { AGEING_BUCKETS, CUSTOMER_LANGUAGES, INVOICE_ACTIONS } from "@reskontra/domain";
import { z } from "zod";

// What the procedures answer. zod strips every key not named here, so a column added to a table
// reaches the wire only when someone names it below.

const cents = z.number().int();
const invoiceKind = z.enum(["invoice", "credit_note"]);

export const customerOutput = z.object({
  id: z.string(),
  customerNumber: z.string(),
  name: z.string(),
  isPerson: z.boolean(),
  businessId: z.string().nullable(),
  countryCode: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  email: z.string().nullable(),
  einvoiceAddress: z.string().nullable(),
  einvoiceOperator: z.string().nullable(),
  reminderRuleId: z.string().nullable(),
  language: z.enum(CUSTOMER_LANGUAGES),
});

/** The answer to a change of one invoice: create, update, submit, payment, credit note. */
export const invoiceOutput = z.object({
  id: z.string(),
  status: z.enum(INVOICE_STATUSES),
  invoiceNumber: z.string().nullable(),
  reference: z.string().nullable(),
  grossCents: cents,
  /** "YYYY-MM-DD" */
  dueDate: z.string(),
  deadlineAt: z.date().nullable(),
});

export const invoiceSummary = z.object({
  id: z.string(),
  invoiceNumber: z.string().nullable(),
  reference: z.string().nullable(),
  kind: invoiceKind,
  status: z.enum(INVOICE_STATUSES),
  customerName: z.string(),
  userNumber: z.string().nullable(),
  userName: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  grossCents: cents,
  paidCents: cents,
  submittedAt: z.date().nullable(),
  deadlineAt: z.date().nullable(),
  sentAt: z.date().nullable(),
});
export type InvoiceSummary = z.infer<typeof invoiceSummary>;

/** Where a send will deliver (the buyer snapshotted at submission), so the confirmation can name it; null for a draft. */
const recipientOutput = z
  .object({
    name: z.string(),
    street: z.string(),
    postalCode: z.string(),
    city: z.string(),
    countryCode: z.string(),
    email: z.string().nullable(),
    einvoiceAddress: z.string().nullable(),
    einvoiceOperator: z.string().nullable(),
  })
  .nullable();

export const unsentItem = invoiceSummary.extend({
  recipient: recipientOutput,
  risk: z.enum(["overdue", "at_risk", "today", "tomorrow", "later"]),
  dispatchStatus: z.enum(DISPATCH_STATUSES).nullable(),
  /** Why the last delivery failed: a reason code (domain DISPATCH_FAILURE_REASONS) the web words in the reader's language. */
  failureReason: z.string().nullable(),
  /** The domain error code behind the reason, which has its own text. */
  failureDetail: z.string().nullable(),
});

/**
 * One invoice with everything its page shows. The buyer snapshot and the running sequence stay in
 * the database; the history gives the action and who, not the audit row's before/after.
 */
export const invoiceDetailOutput = z.object({
  invoice: z.object({
    id: z.string(),
    organizationId: z.string(),
    userId: z.string(),
    customerId: z.string(),
    kind: invoiceKind,
    creditedInvoiceId: z.string().nullable(),
    status: z.enum(INVOICE_STATUSES),
    invoiceNumber: z.string().nullable(),
    reference: z.string().nullable(),
    issueDate: z.string(),
    dueDate: z.string(),
    deliveryDate: z.string().nullable(),
    paymentTermsDays: z.number().int(),
    deliveryMethod: z.enum(DELIVERY_METHODS),
    notes: z.string().nullable(),
    netCents: cents,
    vatCents: cents,
    grossCents: cents,
    paidCents: cents,
    submittedAt: z.date().nullable(),
    deadlineAt: z.date().nullable(),
    sentAt: z.date().nullable(),
    paidAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  }),
  customer: customerOutput.nullable(),
  recipient: recipientOutput,
  owner: z.object({ name: z.string(), userNumber: z.string().nullable() }).nullable(),
  related: z.array(z.object({ id: z.string(), invoiceNumber: z.string().nullable(), kind: invoiceKind })),
  rows: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      description: z.string(),
      /** Thousandths: 1,5 h → 1500. */
      quantityMilli: z.number().int(),
      unit: z.string().nullable(),
      unitPriceCents: cents,
      /** Hundredths of a percent: 25,5 % → 2550. */
      vatRateBp: z.number().int(),
      netCents: cents,
      vatCents: cents,
      grossCents: cents,
    }),
  ),
  messages: z.array(
    z.object({ id: z.string(), body: z.string(), authorRole: z.string(), authorName: z.string(), createdAt: z.date() }),
  ),
  history: z.array(z.object({ id: z.number().int(), at: z.date(), action: z.string(), actorName: z.string().nullable() })),
  dispatches: z.array(
    z.object({
      id: z.string(),
      channel: z.enum(DELIVERY_METHODS),
      status: z.enum(DISPATCH_STATUSES),
      createdAt: z.date(),
      sentAt: z.date().nullable(),
      lastError: z.string().nullable(),
      /** The e-invoice operator's acknowledgement of an HTTP hand-over: its message id and when it received. */
      operatorAck: z.object({ messageId: z.string().nullable(), receivedAt: z.date() }).nullable(),
      failureReason: z.string().nullable(),
      failureDetail: z.string().nullable(),
    }),
  ),
  payments: z.array(z.object({ id: z.string(), amountCents: cents, paidOn: z.string(), createdAt: z.date() })),
  /** What the caller may do next, decided by the domain; the web shows exactly these buttons. */
  actions: z.array(z.enum(INVOICE_ACTIONS)),
});

export const sendOutput = z.object({ dispatchId: z.string(), channel: z.enum(DELIVERY_METHODS) });
export const pdfOutput = z.object({ filename: z.string(), base64: z.string() });

/** Open receivables by age on the business date: the rows the filters select and the totals per bucket. */
export const receivablesAgeingOutput = z.object({
  /** The business date the ages are counted on, "YYYY-MM-DD" (Europe/Helsinki). */
  today: z.string(),
  rows: z.array(
    invoiceSummary.extend({ daysOverdue: z.number().int().min(0), bucket: z.enum(AGEING_BUCKETS), openCents: cents }),
  ),
  /** Every bucket, youngest first, zero when empty; under the customer and delivery filters, not the bucket filter. */
  totals: z.array(z.object({ bucket: z.enum(AGEING_BUCKETS), count: z.number().int(), openCents: cents })),
  totalOpenCents: cents,
});

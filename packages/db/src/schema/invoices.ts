import {
  CUSTOMER_LANGUAGES,
  DELIVERY_METHODS,
  INVOICE_KINDS,
  INVOICE_STATUSES,
  type DeliveryMethod,
  type InvoiceStatus,
  type NotificationKind,
} from "@reskontra/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { organizations, users } from "./auth";
import { createdAt, id, instant } from "./columns";

/** Money columns: integer cents in bigint, read as JS numbers (safe up to 90 trillion euros). */
export const cents = (name: string) => bigint(name, { mode: "number" });
/** Business dates are plain dates, read as "YYYY-MM-DD" strings. */
export const plainDate = (name: string) => date(name, { mode: "string" });
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

// The lists are the domain's: a new status is a rule first and a column value second.
export { INVOICE_STATUSES, DELIVERY_METHODS };
export type { InvoiceStatus, DeliveryMethod };
export const invoiceStatus = pgEnum("invoice_status", INVOICE_STATUSES);
export const deliveryMethod = pgEnum("delivery_method", DELIVERY_METHODS);
export const invoiceKind = pgEnum("invoice_kind", INVOICE_KINDS);
export const customerLanguage = pgEnum("customer_language", CUSTOMER_LANGUAGES);

export const customers = pgTable(
  "customers",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    /** The user whose customer this is: users never see each other's customers. */
    ownerUserId: uuid("owner_user_id")
      .notNull()
      .references(() => users.id),
    customerNumber: text("customer_number").notNull(),
    name: text("name").notNull(),
    isPerson: boolean("is_person").notNull(),
    businessId: varchar("business_id", { length: 9 }),
    countryCode: varchar("country_code", { length: 2 }).notNull().default("FI"),
    street: text("street").notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    email: text("email"),
    einvoiceAddress: text("einvoice_address"),
    einvoiceOperator: text("einvoice_operator"),
    /** Payment-reminder rule; null means the default rule for the customer's kind, or blocked. */
    reminderRuleId: uuid("reminder_rule_id"),
    /** The language reminders and invoices are written to this customer in. */
    language: customerLanguage("language").notNull().default("fi"),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("customers_owner_number_key").on(t.ownerUserId, t.customerNumber),
    index("customers_org_idx").on(t.organizationId),
    index("customers_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

/** One row per user: the last running number handed out. The row lock makes allocation gapless. */
export const invoiceSequences = pgTable("invoice_sequences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  lastSequence: integer("last_sequence").notNull(),
});

export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    kind: invoiceKind("kind").notNull().default("invoice"),
    creditedInvoiceId: uuid("credited_invoice_id"),
    status: invoiceStatus("status").notNull().default("draft"),
    sequence: integer("sequence"),
    invoiceNumber: text("invoice_number"),
    reference: text("reference"),
    issueDate: plainDate("issue_date").notNull(),
    dueDate: plainDate("due_date").notNull(),
    deliveryDate: plainDate("delivery_date"),
    paymentTermsDays: integer("payment_terms_days").notNull(),
    deliveryMethod: deliveryMethod("delivery_method").notNull(),
    notes: text("notes"),
    netCents: cents("net_cents").notNull().default(0),
    vatCents: cents("vat_cents").notNull().default(0),
    grossCents: cents("gross_cents").notNull().default(0),
    paidCents: cents("paid_cents").notNull().default(0),
    /** The buyer as it was at submit: the sent document does not change when the customer card does. */
    buyerSnapshot: jsonb("buyer_snapshot"),
    submittedAt: instant("submitted_at"),
    /** The same-day promise: 15:00 Helsinki of the submit day or the next business day. */
    deadlineAt: instant("deadline_at"),
    sentAt: instant("sent_at"),
    paidAt: instant("paid_at"),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invoices_number_key").on(t.invoiceNumber),
    uniqueIndex("invoices_user_sequence_key").on(t.userId, t.sequence),
    index("invoices_reference_prefix_idx").on(sql`${t.reference} text_pattern_ops`),
    index("invoices_status_deadline_idx").on(t.status, t.deadlineAt),
    index("invoices_org_user_idx").on(t.organizationId, t.userId, t.createdAt),
    index("invoices_customer_idx").on(t.customerId),
  ],
);

export const invoiceRows = pgTable(
  "invoice_rows",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    /** Quantity in exact thousandths (1,5 h → 1500). */
    quantityMilli: bigint("quantity_milli", { mode: "number" }).notNull(),
    unit: text("unit"),
    unitPriceCents: cents("unit_price_cents").notNull(),
    /** VAT rate in hundredths of a percent (25,5 % → 2550). */
    vatRateBp: integer("vat_rate_bp").notNull(),
    netCents: cents("net_cents").notNull(),
    vatCents: cents("vat_cents").notNull(),
    grossCents: cents("gross_cents").notNull(),
  },
  (t) => [uniqueIndex("invoice_rows_position_key").on(t.invoiceId, t.position)],
);

/** The conversation between customer service and the user, kept on the invoice. */
export const invoiceMessages = pgTable(
  "invoice_messages",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id),
    authorRole: text("author_role").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("invoice_messages_invoice_idx").on(t.invoiceId, t.createdAt)],
);

export const payments = pgTable(
  "payments",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id),
    amountCents: cents("amount_cents").notNull(),
    paidOn: plainDate("paid_on").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("payments_invoice_idx").on(t.invoiceId)],
);

export const DISPATCH_STATUSES = ["queued", "sent", "failed", "uncertain"] as const;
export type DispatchStatus = (typeof DISPATCH_STATUSES)[number];
export const dispatchStatus = pgEnum("dispatch_status", DISPATCH_STATUSES);

/** One delivery of one document by one channel; the unique key makes a second send request a no-op. */
export const dispatches = pgTable(
  "dispatches",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id),
    documentKind: text("document_kind").notNull(),
    channel: deliveryMethod("channel").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    status: dispatchStatus("status").notNull().default("queued"),
    requestedBy: uuid("requested_by").references(() => users.id),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** Why a failed delivery failed, as a reason code people read in their own language (domain DISPATCH_FAILURE_REASONS). */
    failureReason: text("failure_reason"),
    /** The domain error code behind an "invoice_data_invalid" or "payment_code_failed" reason. */
    failureDetail: text("failure_detail"),
    /** Where it went: the Message-ID, the outbox file, the operator message id. */
    externalRef: text("external_ref"),
    createdAt: createdAt(),
    sentAt: instant("sent_at"),
    /** The e-invoice operator's acknowledgement of an HTTP hand-over: its message id, when it received, its answer. */
    operatorMessageId: text("operator_message_id"),
    operatorReceivedAt: instant("operator_received_at"),
    operatorResponse: text("operator_response"),
  },
  (t) => [uniqueIndex("dispatches_key").on(t.idempotencyKey), index("dispatches_status_idx").on(t.status, t.createdAt)],
);

/** The rendered PDF of a dispatched document, kept for preview and re-delivery. */
export const invoiceDocuments = pgTable(
  "invoice_documents",
  {
    dispatchId: uuid("dispatch_id")
      .primaryKey()
      .references(() => dispatches.id),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id),
    pdf: bytea("pdf").notNull(),
    finvoiceXml: text("finvoice_xml"),
    createdAt: createdAt(),
  },
  (t) => [index("invoice_documents_invoice_idx").on(t.invoiceId)],
);

/**
 * External side effects that cannot be undone (an SMTP hand-over) are claimed here first.
 * A claim that never reached "done" means the outcome is unknown: it is flagged, not repeated.
 */
export const sideEffects = pgTable("side_effects", {
  key: text("key").primaryKey(),
  status: text("status").notNull(),
  startedAt: instant("started_at").notNull(),
  doneAt: instant("done_at"),
  result: jsonb("result"),
  /** The worker_instances row of the process that claimed it: a rerun can see that it died. */
  holder: uuid("holder"),
});

export const outgoingMails = pgTable(
  "outgoing_mails",
  {
    id: id(),
    idempotencyKey: text("idempotency_key").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** Support replies go out from the mailbox the requester wrote to, threaded onto their mail. */
    fromAddress: text("from_address"),
    replyTo: text("reply_to"),
    inReplyTo: text("in_reply_to"),
    references: text("references"),
    /** support_attachments sent along (a ticket forwarded to a third party). */
    attachmentIds: uuid("attachment_ids").array(),
    status: dispatchStatus("status").notNull().default("queued"),
    createdAt: createdAt(),
    sentAt: instant("sent_at"),
  },
  (t) => [uniqueIndex("outgoing_mails_key").on(t.idempotencyKey)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** Typed by the domain's list, so a notice the web has no sentence for cannot be written. */
    kind: text("kind").$type<NotificationKind>().notNull(),
    invoiceId: uuid("invoice_id").references(() => invoices.id),
    params: jsonb("params").notNull().default({}),
    createdAt: createdAt(),
    readAt: instant("read_at"),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

/** Alerts for customer service; one per kind and business day (e.g. invoices past their deadline). */
export const alerts = pgTable(
  "alerts",
  {
    kind: text("kind").notNull(),
    businessDate: plainDate("business_date").notNull(),
    payload: jsonb("payload").notNull(),
    createdAt: createdAt(),
    resolvedAt: instant("resolved_at"),
  },
  (t) => [primaryKey({ columns: [t.kind, t.businessDate] })],
);

/** The shape of invoices.buyer_snapshot, written at submit from the customer card. Never holds an identity code. */
export interface BuyerSnapshot {
  name: string;
  isPerson: boolean;
  businessId: string | null;
  customerNumber: string;
  countryCode: string;
  street: string;
  postalCode: string;
  city: string;
  email: string | null;
  einvoiceAddress: string | null;
  einvoiceOperator: string | null;
}

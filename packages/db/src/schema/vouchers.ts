import {
  PURCHASING_POWER_KINDS,
  PURCHASING_POWER_STATUSES,
  VOUCHER_EVENT_STATES,
  type PurchasingPowerKind,
  type PurchasingPowerStatus,
} from "@reskontra/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, users } from "./auth";
import { createdAt, id, instant } from "./columns";
import { bytea, cents, invoices, plainDate } from "./invoices";

// Service vouchers (palveluseteli), DESIGN.md §2. The organizer is a wellbeing services county
// (organization kind "organizer"); the provider is the billing company of a voucher producer.

export { PURCHASING_POWER_KINDS, PURCHASING_POWER_STATUSES };
export type { PurchasingPowerKind, PurchasingPowerStatus };
export const voucherEventState = pgEnum("voucher_event_state", VOUCHER_EVENT_STATES);
export const purchasingPowerKind = pgEnum("purchasing_power_kind", PURCHASING_POWER_KINDS);
export const purchasingPowerStatus = pgEnum("purchasing_power_status", PURCHASING_POWER_STATUSES);

/** One row per organizer: when it settles and whether its automatic check may approve. */
export const voucherOrganizerSettings = pgTable(
  "voucher_organizer_settings",
  {
    organizationId: uuid("organization_id")
      .primaryKey()
      .references(() => organizations.id),
    settlementDay: integer("settlement_day").notNull(),
    autoApprove: boolean("auto_approve").notNull().default(false),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [check("voucher_settlement_day_range", sql`${t.settlementDay} BETWEEN 4 AND 8`)],
);

/** The organizer's list of reasons a credit may give (hyvityksen syykoodit). */
export const voucherCreditReasons = pgTable(
  "voucher_credit_reasons",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    code: text("code").notNull(),
    labelFi: text("label_fi").notNull(),
    labelEn: text("label_en").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.code] })],
);

export const voucherServices = pgTable(
  "voucher_services",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** The unit an event is counted in: "h", "käynti" … */
    unit: text("unit").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("voucher_services_code_key").on(t.organizationId, t.code)],
);

/** Price list: a provider-specific price wins over the general one (providerId null) valid the same day. */
export const voucherServicePrices = pgTable(
  "voucher_service_prices",
  {
    id: id(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => voucherServices.id),
    providerId: uuid("provider_id").references(() => organizations.id),
    unitPriceCents: cents("unit_price_cents").notNull(),
    validFrom: plainDate("valid_from").notNull(),
    validTo: plainDate("valid_to"),
  },
  (t) => [index("voucher_service_prices_service_idx").on(t.serviceId, t.validFrom)],
);

/**
 * A citizen. The identity code is stored encrypted (AES-256-GCM: iv ‖ tag ‖ ciphertext) for display
 * to roles that need it, and as a keyed HMAC for exact search, so no index holds it in plain text.
 * `hetuMasked` ("010101A***") is what providers see.
 */
export const voucherClients = pgTable(
  "voucher_clients",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    hetuCiphertext: bytea("hetu_ciphertext").notNull(),
    hetuHash: text("hetu_hash").notNull(),
    hetuMasked: text("hetu_masked").notNull(),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    email: text("email"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("voucher_clients_hetu_key").on(t.organizationId, t.hetuHash),
    index("voucher_clients_hetu_hash_idx").on(t.hetuHash),
    index("voucher_clients_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

/** The provider's own customer number for a client: what appears on invoices instead of the identity code. */
export const voucherClientNumbers = pgTable(
  "voucher_client_numbers",
  {
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => voucherClients.id),
    customerNumber: text("customer_number").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.clientId] }),
    uniqueIndex("voucher_client_numbers_number_key").on(t.providerId, t.customerNumber),
  ],
);

/**
 * A voucher granted to a client (ostovoima). `units`: quantity × unit value; `balance`
 * (saldo-ostovoima): a euro balance consumed by the events' voucher values.
 */
export const voucherPurchasingPowers = pgTable(
  "voucher_purchasing_powers",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => voucherClients.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => voucherServices.id),
    /** The provider the client chose; null lets any provider with visibility record against it. */
    providerId: uuid("provider_id").references(() => organizations.id),
    voucherNumber: text("voucher_number").notNull(),
    kind: purchasingPowerKind("kind").notNull(),
    /** The voucher's value of one unit. */
    unitValueCents: cents("unit_value_cents").notNull(),
    /** Units granted, in thousandths (units powers). */
    quantityMilli: bigint("quantity_milli", { mode: "number" }),
    /** Euros granted (balance powers). */
    balanceCents: cents("balance_cents"),
    validFrom: plainDate("valid_from").notNull(),
    validTo: plainDate("valid_to").notNull(),
    status: purchasingPowerStatus("status").notNull().default("granted"),
    createdAt: createdAt(),
  },
  (t) => [
    // Unique per organizer: a number unique across all counties made a taken number an oracle for
    // another county's vouchers. voucher_number first, so a search by number alone still uses it.
    uniqueIndex("voucher_powers_organizer_number_key").on(t.voucherNumber, t.organizationId),
    index("voucher_powers_client_idx").on(t.clientId),
    check(
      "voucher_power_amount",
      sql`(${t.kind} = 'units' AND ${t.quantityMilli} IS NOT NULL) OR (${t.kind} = 'balance' AND ${t.balanceCents} IS NOT NULL)`,
    ),
  ],
);

/** A service team's decision that a provider may serve a client's service (visibility rule b). */
export const voucherServiceTeamRights = pgTable(
  "voucher_service_team_rights",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => voucherClients.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => voucherServices.id),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    teamName: text("team_name").notNull(),
    validFrom: plainDate("valid_from").notNull(),
    validTo: plainDate("valid_to"),
    createdAt: createdAt(),
  },
  (t) => [index("voucher_rights_provider_client_idx").on(t.providerId, t.clientId)],
);

export const voucherBookings = pgTable(
  "voucher_bookings",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => voucherClients.id),
    purchasingPowerId: uuid("purchasing_power_id")
      .notNull()
      .references(() => voucherPurchasingPowers.id),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    bookingDate: plainDate("booking_date").notNull(),
    content: text("content").notNull(),
    cancelledAt: instant("cancelled_at"),
    createdAt: createdAt(),
  },
  (t) => [index("voucher_bookings_provider_client_idx").on(t.providerId, t.clientId, t.bookingDate)],
);

export const voucherSettlements = pgTable(
  "voucher_settlements",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    /** The service month settled, "YYYY-MM"; one settlement per organizer and month makes the run idempotent. */
    period: text("period").notNull(),
    /** Events dated before this day (the first of the next month) and approved by the run are settled. */
    coversBefore: plainDate("covers_before").notNull(),
    runAt: instant("run_at").notNull(),
    runBy: uuid("run_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("voucher_settlements_period_key").on(t.organizationId, t.period)],
);

/** One provider's part of a settlement: what it is paid, and the credit it still owes. */
export const voucherSettlementLines = pgTable(
  "voucher_settlement_lines",
  {
    id: id(),
    settlementId: uuid("settlement_id")
      .notNull()
      .references(() => voucherSettlements.id),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    eventCount: integer("event_count").notNull(),
    approvedCents: cents("approved_cents").notNull(),
    creditCount: integer("credit_count").notNull(),
    creditCents: cents("credit_cents").notNull(),
    carriedInCents: cents("carried_in_cents").notNull(),
    payableCents: cents("payable_cents").notNull(),
    carriedOutCents: cents("carried_out_cents").notNull(),
    paidOn: plainDate("paid_on"),
    paidAt: instant("paid_at"),
  },
  (t) => [
    uniqueIndex("voucher_settlement_lines_key").on(t.settlementId, t.providerId),
    index("voucher_settlement_lines_provider_idx").on(t.providerId),
  ],
);

export const voucherEvents = pgTable(
  "voucher_events",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => voucherClients.id),
    purchasingPowerId: uuid("purchasing_power_id")
      .notNull()
      .references(() => voucherPurchasingPowers.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => voucherServices.id),
    bookingId: uuid("booking_id").references(() => voucherBookings.id),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    /** The Helsinki date of the start: the month it is settled in and the co-payment statement date. */
    eventDate: plainDate("event_date").notNull(),
    content: text("content").notNull(),
    unitsMilli: bigint("units_milli", { mode: "number" }).notNull(),
    unitPriceCents: cents("unit_price_cents").notNull(),
    priceCents: cents("price_cents").notNull(),
    voucherValueCents: cents("voucher_value_cents").notNull(),
    coPaymentCents: cents("co_payment_cents").notNull(),
    state: voucherEventState("state").notNull().default("recorded"),
    /** A credit was made and waits for the next settlement to execute it. */
    awaitingCredit: boolean("awaiting_credit").notNull().default(false),
    /** Why the automatic check sent it to review: over_balance, outside_validity, manual. */
    reviewReason: text("review_reason"),
    rejectionReason: text("rejection_reason"),
    settlementId: uuid("settlement_id").references(() => voucherSettlements.id),
    /** The co-payment invoice made from this event, so a co-payment is never invoiced twice. */
    coPaymentInvoiceId: uuid("co_payment_invoice_id").references(() => invoices.id),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("voucher_events_provider_client_idx").on(t.providerId, t.clientId, t.eventDate),
    index("voucher_events_org_state_idx").on(t.organizationId, t.state, t.eventDate),
    index("voucher_events_power_idx").on(t.purchasingPowerId, t.eventDate),
    index("voucher_events_settlement_idx").on(t.settlementId, t.providerId),
  ],
);

/** A credit (hyvitys): a negative row against a settled or paid event, executed by the next settlement. */
export const voucherCredits = pgTable(
  "voucher_credits",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    eventId: uuid("event_id")
      .notNull()
      .references(() => voucherEvents.id),
    /** Negative: the amount taken back from the provider. */
    amountCents: cents("amount_cents").notNull(),
    reasonCode: text("reason_code").notNull(),
    explanation: text("explanation").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    settlementId: uuid("settlement_id").references(() => voucherSettlements.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("voucher_credits_pending_idx").on(t.organizationId, t.settlementId),
    index("voucher_credits_event_idx").on(t.eventId),
    check("voucher_credit_negative", sql`${t.amountCents} < 0`),
  ],
);

/** A provider's report of an error in a settled event: a ticket to the organizer carrying the event. */
export const voucherErrorReports = pgTable(
  "voucher_error_reports",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    eventId: uuid("event_id")
      .notNull()
      .references(() => voucherEvents.id),
    reportedBy: uuid("reported_by")
      .notNull()
      .references(() => users.id),
    message: text("message").notNull(),
    status: text("status").notNull().default("open"),
    createdAt: createdAt(),
    closedAt: instant("closed_at"),
  },
  (t) => [index("voucher_error_reports_org_idx").on(t.organizationId, t.status, t.createdAt)],
);

/**
 * A search index, not a source of truth: every (provider, client) pair that may be visible under the
 * visibility rule, with the client's name and the last day it can be visible. Database triggers keep it
 * a superset in the same statement that inserts or updates an event, booking or service-team right, and
 * the search re-checks the exact rule on the few rows it finds, so a stale row can never reveal a
 * client. It exists because the trigram index over all clients finds ~20 000 rows for a common surname
 * and the visibility rule then has to probe each; here one GIN index intersects provider and trigrams.
 */
export const voucherVisibleClients = pgTable(
  "voucher_visible_clients",
  {
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => voucherClients.id),
    name: text("name").notNull(),
    /** The last day any source can make the client visible (an event or booking + 3 years, a right's end). */
    visibleUntil: plainDate("visible_until").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.clientId] }),
    index("voucher_visible_clients_client_idx").on(t.clientId),
    index("voucher_visible_clients_name_trgm_idx").using("gin", t.providerId, sql`${t.name} gin_trgm_ops`),
  ],
);

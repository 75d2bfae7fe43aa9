import { CUSTOMER_KINDS, MISSING_RATE_POLICIES, type HalfYearSpan, type InterestPeriod } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./auth";
import { createdAt, id, instant } from "./columns";
import { cents, customers, deliveryMethod, dispatches, invoices, plainDate } from "./invoices";

// Payment reminders (maksumuistutukset), DESIGN.md §3.

export const REMINDER_CUSTOMER_KINDS = CUSTOMER_KINDS;
export const reminderCustomerKind = pgEnum("reminder_customer_kind", REMINDER_CUSTOMER_KINDS);
/** What the run does when a reminder's late interest needs a reference rate not yet entered. */
export const reminderMissingRatePolicy = pgEnum("reminder_missing_rate_policy", MISSING_RATE_POLICIES);

/**
 * One row per billing company that has activated reminders. The confirmation of the operator's
 * transaction fee is part of the row: activation without it cannot exist.
 */
export const reminderSettings = pgTable("reminder_settings", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id),
  activatedAt: instant("activated_at").notNull(),
  activatedBy: uuid("activated_by")
    .notNull()
    .references(() => users.id),
  /** The fee per sent reminder the admin confirmed, as it was then (VAT 0 %). */
  confirmedTransactionFeeCents: cents("confirmed_transaction_fee_cents").notNull(),
  /** Hold a reminder whose interest rate is missing (default), or send it without interest and flag it. */
  onMissingRate: reminderMissingRatePolicy("on_missing_rate").notNull().default("hold"),
});

export const reminderRules = pgTable(
  "reminder_rules",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    customerKind: reminderCustomerKind("customer_kind").notNull(),
    feeCents: cents("fee_cents").notNull(),
    daysAfterDue: integer("days_after_due").notNull(),
    minimumAmountCents: cents("minimum_amount_cents").notNull(),
    channel: deliveryMethod("channel").notNull(),
    maxCount: integer("max_count").notNull(),
    intervalDays: integer("interval_days").notNull(),
    /**
     * Business rules only: claim the fixed 40 € compensation of the Act on payment terms in
     * commercial contracts, once per late invoice. Off by default because claiming it is the
     * creditor's choice, and many keep it for customers they do not mind losing.
     */
    claimCompensation: boolean("claim_compensation").notNull().default(false),
    /** Set on the two rules made at activation: where new customers of that kind fall. They cannot be deleted. */
    defaultFor: reminderCustomerKind("default_for"),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
    /** Deleted rules are kept (sent reminders point at them) but no longer apply. */
    deletedAt: instant("deleted_at"),
  },
  (t) => [
    index("reminder_rules_org_idx").on(t.organizationId),
    uniqueIndex("reminder_rules_default_key")
      .on(t.organizationId, t.defaultFor)
      .where(sql`${t.defaultFor} IS NOT NULL`),
  ],
);

/**
 * One reminder of one invoice. (invoice_id, sequence) is the key that makes a second send of the
 * same reminder impossible, whatever runs race or crash; the document is delivered through the
 * invoice dispatch outbox, so its delivery state is the dispatch's.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id),
    sequence: integer("sequence").notNull(),
    ruleId: uuid("rule_id")
      .notNull()
      .references(() => reminderRules.id),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    customerKind: reminderCustomerKind("customer_kind").notNull(),
    dispatchId: uuid("dispatch_id")
      .notNull()
      .references(() => dispatches.id),
    channel: deliveryMethod("channel").notNull(),
    /** The day of the run that made it (Helsinki): the reminder's date, and the end of its interest period. */
    runDate: plainDate("run_date").notNull(),
    newDueDate: plainDate("new_due_date").notNull(),
    openCents: cents("open_cents").notNull(),
    feeCents: cents("fee_cents").notNull(),
    interestCents: cents("interest_cents").notNull(),
    /** The fixed 40 € compensation claimed on this reminder (business, first one claiming it), else 0. */
    compensationCents: cents("compensation_cents").notNull().default(0),
    /** Reference rate + margin in basis points; null when no interest was charged. */
    interestRateBp: integer("interest_rate_bp"),
    /** The interest by half-year as the run fixed it (from, to, days, rate, cents); printed on the reminder. */
    interestPeriods: jsonb("interest_periods").$type<InterestPeriod[]>().notNull().default([]),
    /** Half-years whose reference rate was missing: the reminder went without interest, flagged. */
    interestMissing: jsonb("interest_missing").$type<HalfYearSpan[]>().notNull().default([]),
    /** The operator's fee, recorded when the reminder is sent (0 until then). */
    transactionFeeCents: cents("transaction_fee_cents").notNull().default(0),
    createdAt: createdAt(),
    sentAt: instant("sent_at"),
  },
  (t) => [
    uniqueIndex("reminders_invoice_sequence_key").on(t.invoiceId, t.sequence),
    uniqueIndex("reminders_dispatch_key").on(t.dispatchId),
    index("reminders_rule_idx").on(t.ruleId, t.createdAt),
    index("reminders_org_sent_idx").on(t.organizationId, t.sentAt),
    check("reminders_sequence_positive", sql`${t.sequence} >= 1`),
  ],
);

/** What the automation did, per rule: the rule's events tab. Configuration changes are in audit_log. */
export const reminderEvents = pgTable(
  "reminder_events",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    ruleId: uuid("rule_id")
      .notNull()
      .references(() => reminderRules.id),
    invoiceId: uuid("invoice_id").references(() => invoices.id),
    reminderId: uuid("reminder_id").references(() => reminders.id),
    /** created | sent | failed | uncertain */
    kind: text("kind").notNull(),
    params: jsonb("params").notNull().default({}),
    at: instant("at").notNull(),
  },
  (t) => [index("reminder_events_rule_idx").on(t.ruleId, t.at), index("reminder_events_invoice_idx").on(t.invoiceId, t.at)],
);

/**
 * The reference rate of the Interest Act 12 § per half-year (half 1 = 1.1.–30.6., 2 = 1.7.–31.12.),
 * kept by a platform administrator; every change is in audit_log with the old and new value.
 * Migration 0014 seeds the known half-years.
 */
export const referenceRates = pgTable(
  "reference_rates",
  {
    year: integer("year").notNull(),
    half: integer("half").notNull(),
    fromDate: plainDate("from_date").notNull(),
    toDate: plainDate("to_date").notNull(),
    rateBp: integer("rate_bp").notNull(),
    source: text("source").notNull(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
    /** Null for the rows the migration seeded. */
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.half] }),
    check("reference_rates_half", sql`${t.half} IN (1, 2)`),
    check("reference_rates_rate_range", sql`${t.rateBp} BETWEEN 0 AND 2000`),
  ],
);

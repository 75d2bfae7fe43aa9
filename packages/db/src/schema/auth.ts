import { ORGANIZATION_KINDS, ROLES, type Role } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, id, instant } from "./columns";

export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);

export { ROLES };
export type { Role };
export const role = pgEnum("role", ROLES);

export const organizations = pgTable("organizations", {
  id: id(),
  kind: organizationKind("kind").notNull(),
  name: text("name").notNull(),
  businessId: varchar("business_id", { length: 9 }),
  /** Billing details printed as the seller; a company without its own uses the operator's (the invoicing service collects). */
  street: text("street"),
  postalCode: text("postal_code"),
  city: text("city"),
  countryCode: varchar("country_code", { length: 2 }).notNull().default("FI"),
  email: text("email"),
  phone: text("phone"),
  iban: text("iban"),
  bic: text("bic"),
  einvoiceAddress: text("einvoice_address"),
  einvoiceOperator: text("einvoice_operator"),
  createdAt: createdAt(),
  /** Deactivated by the operator: its people cannot act in it, its history stays. */
  deactivatedAt: instant("deactivated_at"),
});

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: varchar("locale", { length: 2 }).notNull().default("fi"),
    /** The 6-digit user number of a light entrepreneur; the prefix of their invoice numbers. */
    userNumber: varchar("user_number", { length: 6 }),
    /** E.164 without spaces; the support desk recognises a caller by it. */
    phone: text("phone"),
    createdAt: createdAt(),
    disabledAt: instant("disabled_at"),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`), uniqueIndex("users_user_number_key").on(t.userNumber)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: role("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("memberships_user_org_role_key").on(t.userId, t.organizationId, t.role)],
);

/** The session id is never stored: only its SHA-256, so a leaked table cannot be replayed. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: instant("expires_at").notNull(),
    lastSeenAt: instant("last_seen_at").notNull().defaultNow(),
  },
  (t) => [index("sessions_expires_at_idx").on(t.expiresAt), index("sessions_user_idx").on(t.userId)],
);

export const apiTokens = pgTable("api_tokens", {
  id: id(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
  expiresAt: instant("expires_at"),
  lastUsedAt: instant("last_used_at"),
  revokedAt: instant("revoked_at"),
});

/** Failed and successful sign-ins, for rate limiting that holds across processes. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: id(),
    email: text("email").notNull(),
    ip: text("ip"),
    success: boolean("success").notNull(),
    attemptedAt: instant("attempted_at").notNull(),
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.attemptedAt), index("login_attempts_ip_idx").on(t.ip, t.attemptedAt)],
);

/**
 * Sign-in throttle, one row per (account, source) — and per source across accounts, with account
 * "*". An attempt is counted here, under the row's lock, before the password is checked, so
 * parallel requests, batches and other api processes all queue on the same count.
 */
export const loginThrottle = pgTable(
  "login_throttle",
  {
    /** The lower-cased e-mail tried, or "*" for the source's count across all accounts. */
    account: text("account").notNull(),
    /** The client address (an IPv6 address's /64), taken from a trusted proxy only; "unknown" without one. */
    source: text("source").notNull(),
    failures: integer("failures").notNull().default(0),
    lastAttemptAt: instant("last_attempt_at").notNull(),
    /** No password is checked for this row before this instant (the progressive delay). */
    nextAttemptAt: instant("next_attempt_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.account, t.source] }), index("login_throttle_last_attempt_idx").on(t.lastAttemptAt)],
);

/**
 * A person's TOTP second factor (auth/second-factor.ts). The secret is shown once, at enrolment,
 * and never returned or logged again; `confirmedAt` is null until the first code proved the app has it.
 */
export const secondFactors = pgTable("second_factors", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Base32, as authenticator apps take it. */
  secret: text("secret").notNull(),
  confirmedAt: instant("confirmed_at"),
  /** The 30-second step of the last code accepted: a code of this step or an earlier one is a replay. */
  lastUsedStep: integer("last_used_step"),
  createdAt: createdAt(),
});

/** Single-use recovery codes, shown once at enrolment; only their SHA-256 is kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: instant("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("recovery_codes_user_code_key").on(t.userId, t.codeHash)],
);

/**
 * The state between a right password and a right second-factor code: a short-lived challenge
 * named by an httpOnly cookie. No session exists until the code is verified.
 */
export const signInChallenges = pgTable(
  "sign_in_challenges",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [index("sign_in_challenges_expires_at_idx").on(t.expiresAt)],
);

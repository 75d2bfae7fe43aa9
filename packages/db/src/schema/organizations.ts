import { index, pgSequence, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, role, users } from "./auth";
import { createdAt, id, instant } from "./columns";

// Organizations and their people (issue 14): invitations, password resets, responsible persons,
// the organizers a service provider serves, and the user-number sequence.

/**
 * An invitation to join one organization with some of its roles. Only the SHA-256 of the link's
 * token is kept; accepting or revoking it ends it, and so does its expiry.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    email: text("email").notNull(),
    name: text("name"),
    roles: role("roles").array().notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id),
    createdAt: createdAt(),
    expiresAt: instant("expires_at").notNull(),
    acceptedAt: instant("accepted_at"),
    acceptedUserId: uuid("accepted_user_id").references(() => users.id),
    revokedAt: instant("revoked_at"),
  },
  (t) => [uniqueIndex("invitations_token_key").on(t.tokenHash), index("invitations_org_idx").on(t.organizationId, t.createdAt)],
);

/** A forgotten-password link: its token's digest, single use, expiring. */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
  },
  (t) => [uniqueIndex("password_resets_token_key").on(t.tokenHash)],
);

/**
 * Every reset request, whether or not the address is known, so the limit cannot tell them apart
 * and holds across api processes.
 */
export const passwordResetRequests = pgTable(
  "password_reset_requests",
  {
    id: id(),
    email: text("email").notNull(),
    source: text("source").notNull(),
    requestedAt: instant("requested_at").notNull(),
  },
  (t) => [
    index("password_reset_requests_email_idx").on(t.email, t.requestedAt),
    index("password_reset_requests_source_idx").on(t.source, t.requestedAt),
  ],
);

/** The person an organization names in charge of an area (reminders, voucher settlements). */
export const responsiblePersons = pgTable(
  "responsible_persons",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    area: text("area").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    namedAt: instant("named_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.area] })],
);

/**
 * A service provider (a billing company) linked to an organizer it serves. A link table rather
 * than a new organization kind: vouchers already treat a provider as a billing company.
 */
export const organizerProviders = pgTable(
  "organizer_providers",
  {
    organizerId: uuid("organizer_id")
      .notNull()
      .references(() => organizations.id),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id),
    linkedAt: instant("linked_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizerId, t.providerId] }), index("organizer_providers_provider_idx").on(t.providerId)],
);

/**
 * Invoicing users' numbers. A sequence never hands a number out twice, even after a rollback; numbers
 * taken by hand (the demo's 100101…) are skipped by the caller.
 */
export const userNumberSequence = pgSequence("user_number_seq", { startWith: 100100, maxValue: 999999 });

import {
  CALL_DIRECTIONS,
  CALLBACK_STATUSES,
  INBOUND_MAIL_STATUSES,
  SUGGESTION_STATUSES,
  THIRD_PARTY_KINDS,
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  TICKET_MESSAGE_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "@reskontra/domain";
import { sql, type SQL } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, users } from "./auth";
import { createdAt, id, instant } from "./columns";
import { voucherErrorReports } from "./vouchers";

// Support desk (asiakastuki), DESIGN.md §4 and issue 11.

export const ticketStatus = pgEnum("ticket_status", TICKET_STATUSES);
export const ticketCategory = pgEnum("ticket_category", TICKET_CATEGORIES);
export const ticketPriority = pgEnum("ticket_priority", TICKET_PRIORITIES);
export const ticketChannel = pgEnum("ticket_channel", TICKET_CHANNELS);
export const ticketMessageKind = pgEnum("ticket_message_kind", TICKET_MESSAGE_KINDS);
export const suggestionStatus = pgEnum("suggestion_status", SUGGESTION_STATUSES);
export const thirdPartyKind = pgEnum("third_party_kind", THIRD_PARTY_KINDS);
export const callDirection = pgEnum("call_direction", CALL_DIRECTIONS);
export const callbackStatus = pgEnum("callback_status", CALLBACK_STATUSES);
export const inboundMailStatus = pgEnum("inbound_mail_status", INBOUND_MAIL_STATUSES);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * A support line is both a phone line and the queue its tickets land in (general software support,
 * invoice customer service, accounting, payroll). Opening hours are Helsinki wall-clock minutes on
 * Finnish business days. The CTI secret is stored as its SHA-256 only.
 */
export const supportLines = pgTable("support_lines", {
  id: id(),
  code: text("code").notNull().unique(),
  nameFi: text("name_fi").notNull(),
  nameEn: text("name_en").notNull(),
  /** E.164 without spaces, e.g. +358912345670; null for a queue without a phone line. */
  phoneNumber: text("phone_number").unique(),
  openMinute: integer("open_minute").notNull(),
  closeMinute: integer("close_minute").notNull(),
  /** The category whose requests land here by default. */
  defaultCategory: ticketCategory("default_category"),
  ctiSecretHash: text("cti_secret_hash"),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
});

/** The agents who work a line's queue. */
export const supportLineMembers = pgTable(
  "support_line_members",
  {
    lineId: uuid("line_id")
      .notNull()
      .references(() => supportLines.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.lineId, t.userId] })],
);

/** Addresses whose mail becomes tickets (asiakaspalvelu@…, info@…), each feeding one line's queue. */
export const supportMailboxes = pgTable("support_mailboxes", {
  id: id(),
  address: text("address").notNull().unique(),
  lineId: uuid("line_id")
    .notNull()
    .references(() => supportLines.id),
  createdAt: createdAt(),
});

/** E-invoice operators, banks, the print service…: who owns which kind of question. */
export const supportThirdParties = pgTable("support_third_parties", {
  id: id(),
  name: text("name").notNull(),
  kind: thirdPartyKind("kind").notNull(),
  phone: text("phone"),
  email: text("email"),
  website: text("website"),
  /** Shown to the requester: when to contact them and what to have at hand. */
  instructionsFi: text("instructions_fi").notNull().default(""),
  instructionsEn: text("instructions_en").notNull().default(""),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});

/** A topic that belongs to a third party, with the words that suggest it in a request. */
export const supportThirdPartyTopics = pgTable(
  "support_third_party_topics",
  {
    id: id(),
    thirdPartyId: uuid("third_party_id")
      .notNull()
      .references(() => supportThirdParties.id),
    titleFi: text("title_fi").notNull(),
    titleEn: text("title_en").notNull(),
    /** Lower-case stems matched against the request's words ("verkkolasku", "ei saapunut"). */
    keywords: text("keywords")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    category: ticketCategory("category"),
    createdAt: createdAt(),
  },
  (t) => [index("support_third_party_topics_party_idx").on(t.thirdPartyId)],
);

export const supportTicketNumber = pgSequence("support_ticket_number_seq", { startWith: 100001 });

/**
 * A written request. `organizationId` is the requester's organization (null for mail from an
 * unknown sender: only agents see those). Subject and description are stored with any personal
 * identity code already masked.
 */
export const supportTickets = pgTable(
  "support_tickets",
  {
    id: id(),
    number: bigint("number", { mode: "number" })
      .notNull()
      .unique()
      .default(sql`nextval('support_ticket_number_seq')`),
    organizationId: uuid("organization_id").references(() => organizations.id),
    requesterUserId: uuid("requester_user_id").references(() => users.id),
    requesterEmail: text("requester_email"),
    requesterName: text("requester_name"),
    channel: ticketChannel("channel").notNull(),
    subject: text("subject").notNull(),
    description: text("description").notNull(),
    category: ticketCategory("category").notNull(),
    priority: ticketPriority("priority").notNull().default("normal"),
    status: ticketStatus("status").notNull().default("new"),
    lineId: uuid("line_id")
      .notNull()
      .references(() => supportLines.id),
    assigneeUserId: uuid("assignee_user_id").references(() => users.id),
    thirdPartyId: uuid("third_party_id").references(() => supportThirdParties.id),
    mergedIntoTicketId: uuid("merged_into_ticket_id"),
    voucherErrorReportId: uuid("voucher_error_report_id")
      .unique()
      .references(() => voucherErrorReports.id),
    /** The checklist said "add an identifier" and the requester sent it anyway. */
    sentWithoutIdentifier: boolean("sent_without_identifier").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
    firstResponseAt: instant("first_response_at"),
    resolvedAt: instant("resolved_at"),
    closedAt: instant("closed_at"),
    /** Set once by the SLA sweep when a clock runs out, so each breach alerts once. */
    firstResponseBreachedAt: instant("first_response_breached_at"),
    resolutionBreachedAt: instant("resolution_breached_at"),
    /** Maintained by the database; Finnish stemming, so "laskuni" finds "lasku". */
    search: tsvector("search").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('finnish', coalesce(${supportTickets.subject}, '')), 'A') || to_tsvector('finnish', coalesce(${supportTickets.description}, ''))`,
    ),
  },
  (t) => [
    index("support_tickets_org_idx").on(t.organizationId, t.createdAt),
    index("support_tickets_requester_idx").on(t.requesterUserId, t.createdAt),
    index("support_tickets_queue_idx").on(t.lineId, t.status, t.createdAt),
    index("support_tickets_assignee_idx").on(t.assigneeUserId, t.status),
    index("support_tickets_search_idx").using("gin", t.search),
    index("support_tickets_subject_trgm_idx").using("gin", sql`${t.subject} gin_trgm_ops`),
    // The workspace lists newest first by (created_at, id) keyset: any filter walks this and stops at a page.
    index("support_tickets_created_idx").on(t.createdAt, t.id),
  ],
);

/** Identifiers recognised in a ticket's text (domain extractIdentifiers); linked at read time per caller. */
export const supportTicketIdentifiers = pgTable(
  "support_ticket_identifiers",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => supportTickets.id),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.kind, t.value] }), index("support_ticket_identifiers_value_idx").on(t.value)],
);

/**
 * The ticket's conversation. `mailMessageId` is the RFC 5322 Message-ID of the mail this message
 * came in as or went out as, so replies thread by In-Reply-To/References.
 */
export const supportTicketMessages = pgTable(
  "support_ticket_messages",
  {
    id: id(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => supportTickets.id),
    kind: ticketMessageKind("kind").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id),
    authorEmail: text("author_email"),
    body: text("body").notNull(),
    mailMessageId: text("mail_message_id").unique(),
    /** The outgoing mail that carried a reply or a forward to its reader. */
    outgoingMailId: uuid("outgoing_mail_id"),
    createdAt: createdAt(),
  },
  (t) => [index("support_ticket_messages_ticket_idx").on(t.ticketId, t.createdAt)],
);

/**
 * Files attached to a ticket, its messages or a suggestion, stored in the database so both
 * databases and every instance serve them. `contentType` is what the bytes are, sniffed from the
 * content, never taken from the name or the sender's word.
 */
export const supportAttachments = pgTable(
  "support_attachments",
  {
    id: id(),
    ticketId: uuid("ticket_id").references(() => supportTickets.id),
    messageId: uuid("message_id").references(() => supportTicketMessages.id),
    suggestionId: uuid("suggestion_id").references(() => supportSuggestions.id),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("support_attachments_ticket_idx").on(t.ticketId),
    index("support_attachments_suggestion_idx").on(t.suggestionId),
    check("support_attachments_owner", sql`${t.ticketId} IS NOT NULL OR ${t.suggestionId} IS NOT NULL`),
  ],
);

/** The ticket's own history (status, assignee, queue, priority…), shown on the ticket; the audit log has it too. */
export const supportTicketEvents = pgTable(
  "support_ticket_events",
  {
    id: id(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => supportTickets.id),
    at: instant("at").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    /** For status changes the new status, so the SLA clock can read its pauses from here. */
    status: ticketStatus("status"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("support_ticket_events_ticket_idx").on(t.ticketId, t.at)],
);

export const supportSavedReplies = pgTable("support_saved_replies", {
  id: id(),
  title: text("title").notNull(),
  body: text("body").notNull(),
  lineId: uuid("line_id").references(() => supportLines.id),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: createdAt(),
});

/**
 * A phone call, logged by an agent or by the PBX through the CTI webhook (then `externalCallId`
 * makes the webhook's repeated posts one call).
 */
export const supportCalls = pgTable(
  "support_calls",
  {
    id: id(),
    lineId: uuid("line_id")
      .notNull()
      .references(() => supportLines.id),
    ticketId: uuid("ticket_id").references(() => supportTickets.id),
    direction: callDirection("direction").notNull().default("inbound"),
    callerNumber: text("caller_number"),
    calledNumber: text("called_number"),
    callerUserId: uuid("caller_user_id").references(() => users.id),
    callerOrganizationId: uuid("caller_organization_id").references(() => organizations.id),
    agentUserId: uuid("agent_user_id").references(() => users.id),
    externalCallId: text("external_call_id"),
    startedAt: instant("started_at").notNull(),
    answeredAt: instant("answered_at"),
    endedAt: instant("ended_at"),
    durationSeconds: integer("duration_seconds"),
    summary: text("summary").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("support_calls_external_key").on(t.lineId, t.externalCallId),
    index("support_calls_started_idx").on(t.startedAt),
    index("support_calls_ticket_idx").on(t.ticketId),
  ],
);

/** A promised call back: a task with a time inside the line's opening hours. */
export const supportCallbacks = pgTable(
  "support_callbacks",
  {
    id: id(),
    lineId: uuid("line_id")
      .notNull()
      .references(() => supportLines.id),
    ticketId: uuid("ticket_id").references(() => supportTickets.id),
    phoneNumber: text("phone_number").notNull(),
    contactName: text("contact_name"),
    promisedAt: instant("promised_at").notNull(),
    status: callbackStatus("status").notNull().default("due"),
    assigneeUserId: uuid("assignee_user_id").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    doneAt: instant("done_at"),
    /** Set once by the callback sweep when the promised time passed, so it reminds once. */
    lateNotifiedAt: instant("late_notified_at"),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("support_callbacks_due_idx").on(t.status, t.promisedAt)],
);

/**
 * Every mail that reached a support address, raw, before anything else happens to it: a mail is
 * stored first and turned into a ticket by a job, so a crash or a bad message loses nothing.
 */
export const supportInboundMails = pgTable(
  "support_inbound_mails",
  {
    id: id(),
    /** The Message-ID header, or a digest of the raw bytes when it has none. */
    messageKey: text("message_key").notNull().unique(),
    mailboxAddress: text("mailbox_address").notNull(),
    fromAddress: text("from_address"),
    subject: text("subject"),
    sizeBytes: integer("size_bytes").notNull(),
    raw: bytea("raw").notNull(),
    status: inboundMailStatus("status").notNull().default("received"),
    /** Why it was quarantined, a code the UI words. */
    reason: text("reason"),
    ticketId: uuid("ticket_id").references(() => supportTickets.id),
    receivedAt: instant("received_at").notNull(),
    processedAt: instant("processed_at"),
  },
  (t) => [index("support_inbound_mails_status_idx").on(t.status, t.receivedAt)],
);

/** A development suggestion (kehitysehdotus): its own checklist, a monthly review board, votes. */
export const supportSuggestions = pgTable(
  "support_suggestions",
  {
    id: id(),
    number: bigint("number", { mode: "number" })
      .notNull()
      .unique()
      .default(sql`nextval('support_ticket_number_seq')`),
    organizationId: uuid("organization_id").references(() => organizations.id),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => users.id),
    /** An agent filing on a customer's behalf. */
    onBehalfOfUserId: uuid("on_behalf_of_user_id").references(() => users.id),
    title: text("title").notNull(),
    description: text("description").notNull(),
    benefit: text("benefit").notNull(),
    currentDifficulty: text("current_difficulty").notNull(),
    category: ticketCategory("category").notNull(),
    status: suggestionStatus("status").notNull().default("new"),
    /** The month whose review takes it up, "YYYY-MM". */
    reviewMonth: text("review_month").notNull(),
    mergedIntoSuggestionId: uuid("merged_into_suggestion_id"),
    decisionNote: text("decision_note"),
    voteCount: integer("vote_count").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [index("support_suggestions_board_idx").on(t.reviewMonth, t.status)],
);

export const supportSuggestionVotes = pgTable(
  "support_suggestion_votes",
  {
    suggestionId: uuid("suggestion_id")
      .notNull()
      .references(() => supportSuggestions.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.suggestionId, t.userId] })],
);

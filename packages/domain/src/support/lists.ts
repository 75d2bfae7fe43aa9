// The support desk's fixed vocabularies (DESIGN.md §4, issue 11). The database enums are built from
// these lists, so their order is the enum's order: only append.

/** new → open → waiting (customer / third party) → resolved → closed; a reply may reopen a resolved one. */
export const TICKET_STATUSES = ["new", "open", "waiting_customer", "waiting_third_party", "resolved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** While waiting for someone else the SLA clock stops. */
export const SLA_PAUSED_STATUSES: readonly TicketStatus[] = ["waiting_customer", "waiting_third_party"];

export const TICKET_CATEGORIES = ["invoices", "vouchers", "reminders", "accounts", "technical"] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** How the request reached us. */
export const TICKET_CHANNELS = ["web", "email", "phone", "voucher_report", "agent"] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** customer: the requester wrote; reply: an agent answered the requester; note: internal, agents only. */
export const TICKET_MESSAGE_KINDS = ["customer", "reply", "note", "forward", "system"] as const;
export type TicketMessageKind = (typeof TICKET_MESSAGE_KINDS)[number];

export const SUGGESTION_STATUSES = ["new", "under_review", "planned", "done", "declined"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const THIRD_PARTY_KINDS = ["einvoice_operator", "bank", "print_service", "authority", "other"] as const;
export type ThirdPartyKind = (typeof THIRD_PARTY_KINDS)[number];

export const CALL_DIRECTIONS = ["inbound", "outbound"] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const CALLBACK_STATUSES = ["due", "done", "cancelled"] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** ticketed: became or joined a ticket; quarantined: kept with a reason for an agent to look at. */
export const INBOUND_MAIL_STATUSES = ["received", "ticketed", "quarantined"] as const;
export type InboundMailStatus = (typeof INBOUND_MAIL_STATUSES)[number];

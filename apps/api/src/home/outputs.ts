import { z } from "zod";

const count = z.number().int().nonnegative();

/** Customer service: the unsent queue by the same-day deadline, and open alerts. */
const agentSection = z.object({
  /** Submitted invoices whose 15:00 deadline has passed. */
  overdue: count,
  /** Submitted invoices due by today's 15:00 Helsinki cut-off and not yet past it. */
  dueToday: count,
  /** Submitted invoices due on a later day. */
  later: count,
  openAlerts: count,
});

const invoiceStates = z.object({
  draft: count,
  submitted: count,
  needs_correction: count,
  sent: count,
  paid: count,
  credited: count,
});

const rejectedEvent = z.object({
  eventId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  eventDate: z.string(),
  reason: z.string().nullable(),
});

/** An invoicing user (role "user"): own invoices by state and, for a voucher provider, events to see to. */
const userSection = z.object({
  organizationId: z.string(),
  invoices: invoiceStates,
  /** The organization serves an organizer as a voucher provider (linked, or named in its price list): the voucher screens are for it. */
  voucherProvider: z.boolean(),
  /** Events the automatic check sent to review (over the balance or outside the validity). */
  eventsUnderReview: count,
  eventsRejected: count,
  /** The newest rejected events with the organizer's reason. */
  rejected: z.array(rejectedEvent),
});

const organizerSection = z.object({
  organizationId: z.string(),
  reviewQueue: count,
  nextSettlement: z
    .object({
      /** The day the settlement runs, "YYYY-MM-DD". */
      date: z.string(),
      /** The service month it settles, "YYYY-MM". */
      period: z.string(),
      /** Approved, unsettled events of that month and before, less the credits waiting: what it pays so far. */
      approvedCents: z.number().int(),
    })
    .nullable(),
});

const companyAdminSection = z.object({
  organizationId: z.string(),
  active: z.boolean(),
  remindersDueToday: count,
  /** The transaction fee per sent reminder (DESIGN.md §3: 0,25 €). */
  feeCents: count,
  costCents: count,
});

export const homeSummaryOutput = z.object({
  agent: agentSection.nullable(),
  user: userSection.nullable(),
  organizer: organizerSection.nullable(),
  companyAdmin: companyAdminSection.nullable(),
  product: z.object({ suggestionsNew: count, suggestionsUnderReview: count }).nullable(),
  platform: z.object({ organizations: count, active: count }).nullable(),
});

export type HomeSummary = z.infer<typeof homeSummaryOutput>;

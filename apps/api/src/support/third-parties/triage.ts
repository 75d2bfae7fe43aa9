import {
  type DbOrTx,
  dispatches,
  invoices,
  supportAttachments,
  supportThirdParties,
  supportTicketIdentifiers,
  supportTicketMessages,
  supportTickets,
} from "@reskontra/db";
import { suggestThirdParties, type TriageInvoice } from "@reskontra/domain";
import { and, asc, count, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../errors";
import { isAgent, type AuthedContext } from "../../trpc/authed";
import { loadDirectory } from "./directory";
import type { publicContactOutput, suggestOutput } from "./outputs";

type TicketRow = typeof supportTickets.$inferSelect;

/**
 * The ticket as the caller may see it: agents see every ticket of the desk; a requester their own,
 * a company admin their organization's. Anyone else is told it does not exist, so nobody learns
 * that another organization's request is there.
 */
export async function ticketForCaller(ctx: AuthedContext, tx: DbOrTx, ticketId: string): Promise<TicketRow> {
  const [ticket] = await tx.select().from(supportTickets).where(eq(supportTickets.id, ticketId));
  if (!ticket || !maySeeTicket(ctx, ticket)) throw new AppError("THIRD_PARTY_TICKET_NOT_FOUND", { field: "ticketId" });
  return ticket;
}

function maySeeTicket(ctx: AuthedContext, ticket: TicketRow): boolean {
  if (isAgent(ctx)) return true;
  if (ticket.requesterUserId === ctx.auth.user.id) return true;
  return (
    ticket.organizationId !== null &&
    ctx.auth.memberships.some((m) => m.role === "company_admin" && m.organizationId === ticket.organizationId)
  );
}

/**
 * The invoices a ticket names (by invoice or reference number) that belong to the ticket's own
 * organization, each with its latest dispatch: a number typed into a request never reaches into
 * another organization's invoices. A ticket from an unknown sender links nothing.
 */
async function linkedInvoices(tx: DbOrTx, ticket: TicketRow): Promise<TriageInvoice[]> {
  if (ticket.organizationId === null) return [];
  const ids = await tx
    .select({ kind: supportTicketIdentifiers.kind, value: supportTicketIdentifiers.value })
    .from(supportTicketIdentifiers)
    .where(eq(supportTicketIdentifiers.ticketId, ticket.id));
  const numbers = ids.filter((i) => i.kind === "invoice_number").map((i) => i.value);
  const references = ids.filter((i) => i.kind === "reference" || i.kind === "rf_reference").map((i) => i.value);
  const byNumber: SQL[] = [];
  if (numbers.length > 0) byNumber.push(inArray(invoices.invoiceNumber, numbers));
  if (references.length > 0) byNumber.push(inArray(invoices.reference, references));
  if (byNumber.length === 0) return [];
  const rows = await tx
    .select({ id: invoices.id, invoiceNumber: invoices.invoiceNumber, deliveryMethod: invoices.deliveryMethod })
    .from(invoices)
    .where(and(eq(invoices.organizationId, ticket.organizationId), or(...byNumber)))
    .limit(20);
  if (rows.length === 0) return [];
  const sent = await tx
    .select({ invoiceId: dispatches.invoiceId, status: dispatches.status })
    .from(dispatches)
    .where(
      inArray(
        dispatches.invoiceId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(desc(dispatches.createdAt));
  return rows.map((r) => ({
    invoiceNumber: r.invoiceNumber ?? "",
    deliveryMethod: r.deliveryMethod,
    dispatchStatus: sent.find((d) => d.invoiceId === r.id)?.status ?? null,
  }));
}

/** What the requester wrote: the subject and every message of theirs, never the agents' notes. */
async function requestText(tx: DbOrTx, ticket: TicketRow): Promise<string> {
  const messages = await tx
    .select({ body: supportTicketMessages.body })
    .from(supportTicketMessages)
    .where(and(eq(supportTicketMessages.ticketId, ticket.id), eq(supportTicketMessages.kind, "customer")))
    .orderBy(asc(supportTicketMessages.createdAt));
  return [ticket.subject, ticket.description, ...messages.map((m) => m.body)].join("\n");
}

type SuggestAnswer = z.infer<typeof suggestOutput>;
type AgentAnswer = Extract<SuggestAnswer, { view: "agent" }>;

/** The ranked third parties for a ticket, with why each was suggested. */
async function rankedFor(tx: DbOrTx, ticket: TicketRow): Promise<AgentAnswer["suggestions"]> {
  const directory = await loadDirectory(tx, { includeInactive: false });
  const ranked = suggestThirdParties({
    text: await requestText(tx, ticket),
    category: ticket.category,
    invoices: await linkedInvoices(tx, ticket),
    parties: directory,
  });
  return ranked.map((s) => {
    const party = directory.find((p) => p.id === s.thirdPartyId);
    if (!party) throw new Error(`suggested party ${s.thirdPartyId} is not in the directory`);
    const { topics, createdAt: _c, updatedAt: _u, ...summary } = party;
    const topic = topics.find((t) => t.id === s.topicId);
    return {
      thirdParty: summary,
      score: s.score,
      topic: topic ? { id: topic.id, titleFi: topic.titleFi, titleEn: topic.titleEn } : null,
      reasons: s.reasons,
    };
  });
}

/**
 * Agents: the ticket and the ranked suggestions with their reasons. Requesters: the direct contact
 * of the party the request was forwarded to, or else of the best suggestion ("contact Pagero
 * directly at …"); nothing of the directory beyond that.
 */
export async function suggestForTicket(ctx: AuthedContext, ticketId: string): Promise<SuggestAnswer> {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForCaller(ctx, tx, ticketId);
    const forwardedTo = ticket.thirdPartyId
      ? ((await tx.select().from(supportThirdParties).where(eq(supportThirdParties.id, ticket.thirdPartyId)))[0] ?? null)
      : null;
    if (isAgent(ctx)) {
      const [attachments] = await tx
        .select({ n: count() })
        .from(supportAttachments)
        .where(eq(supportAttachments.ticketId, ticket.id));
      return {
        view: "agent",
        ticket: {
          id: ticket.id,
          number: ticket.number,
          subject: ticket.subject,
          status: ticket.status,
          category: ticket.category,
          attachmentCount: attachments?.n ?? 0,
          forwardedTo: forwardedTo ? { id: forwardedTo.id, name: forwardedTo.name } : null,
        },
        suggestions: await rankedFor(tx, ticket),
      };
    }
    return { view: "requester", contact: await publicContact(ctx, tx, ticket, forwardedTo) };
  });
}

async function publicContact(
  ctx: AuthedContext,
  tx: DbOrTx,
  ticket: TicketRow,
  forwardedTo: typeof supportThirdParties.$inferSelect | null,
): Promise<z.infer<typeof publicContactOutput> | null> {
  const en = ctx.locale === "en";
  if (forwardedTo?.active) {
    return {
      name: forwardedTo.name,
      kind: forwardedTo.kind,
      phone: forwardedTo.phone,
      email: forwardedTo.email,
      website: forwardedTo.website,
      instructions: en ? forwardedTo.instructionsEn : forwardedTo.instructionsFi,
      topicTitle: null,
      forwarded: true,
    };
  }
  const [top] = await rankedFor(tx, ticket);
  if (!top) return null;
  const p = top.thirdParty;
  return {
    name: p.name,
    kind: p.kind,
    phone: p.phone,
    email: p.email,
    website: p.website,
    instructions: en ? p.instructionsEn : p.instructionsFi,
    topicTitle: top.topic ? (en ? top.topic.titleEn : top.topic.titleFi) : null,
    forwarded: false,
  };
}

/** An agent finds a ticket by its number to triage it. */
export async function findTicketByNumber(ctx: AuthedContext, number: number): Promise<{ id: string }> {
  const [ticket] = await ctx.db.select({ id: supportTickets.id }).from(supportTickets).where(eq(supportTickets.number, number));
  if (!ticket) throw new AppError("THIRD_PARTY_TICKET_NOT_FOUND", { field: "number" });
  return ticket;
}

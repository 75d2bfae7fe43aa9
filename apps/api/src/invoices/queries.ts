import { deadlineUrgency, referenceSearchPrefix, type DeadlineUrgency } from "@reskontra/domain";
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import {
  auditLog,
  customers,
  type DispatchStatus,
  dispatches,
  invoiceMessages,
  invoiceRows,
  invoices,
  payments,
  users,
} from "@reskontra/db";
import { isAgent, type AuthedContext } from "../trpc/authed";
import { loadVisibleInvoice } from "./invoice-access";
import { invoiceActionsFor } from "./invoice-lifecycle";
import { recipientOf } from "./recipient";

export const summaryColumns = {
  id: invoices.id,
  invoiceNumber: invoices.invoiceNumber,
  reference: invoices.reference,
  kind: invoices.kind,
  status: invoices.status,
  customerName: customers.name,
  userNumber: users.userNumber,
  userName: users.name,
  issueDate: invoices.issueDate,
  dueDate: invoices.dueDate,
  deliveryMethod: invoices.deliveryMethod,
  grossCents: invoices.grossCents,
  paidCents: invoices.paidCents,
  submittedAt: invoices.submittedAt,
  deadlineAt: invoices.deadlineAt,
  sentAt: invoices.sentAt,
};

function summaries(ctx: AuthedContext, where: SQL | undefined) {
  return ctx.db
    .select(summaryColumns)
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .innerJoin(users, eq(users.id, invoices.userId))
    .where(where);
}

/** What the caller may see: everything for an agent, otherwise the caller's own invoices. */
export function visibility(ctx: AuthedContext): SQL | undefined {
  return isAgent(ctx) ? undefined : eq(invoices.userId, ctx.auth.user.id);
}

export type Risk = DeadlineUrgency;

/**
 * The delivery state that matters: the live attempt (queued or sent; send allows one at a time)
 * when there is one, else the newest failed or uncertain attempt, which needs a person.
 */
const latestDispatchStatus = sql<DispatchStatus | null>`(
  select d.status from dispatches d where d.invoice_id = ${invoices.id}
  order by d.status in ('queued', 'sent') desc, d.created_at desc limit 1
)`;

/** The reason (and its detail) the newest failed attempt failed for, null while nothing has failed for good. */
const latestFailure = (column: "failure_reason" | "failure_detail") => sql<string | null>`(
  select d.${sql.raw(column)} from dispatches d where d.invoice_id = ${invoices.id}
  order by d.status in ('queued', 'sent') desc, d.created_at desc limit 1
)`;

/** "Lähettämättömät laskut": every submitted invoice, most urgent deadline first, with its delivery state. */
export async function unsentQueue(ctx: AuthedContext) {
  const now = ctx.clock();
  const rows = await ctx.db
    .select({
      ...summaryColumns,
      dispatchStatus: latestDispatchStatus,
      failureReason: latestFailure("failure_reason"),
      failureDetail: latestFailure("failure_detail"),
      buyerSnapshot: invoices.buyerSnapshot,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .innerJoin(users, eq(users.id, invoices.userId))
    .where(and(inArray(invoices.status, ["submitted", "needs_correction"]), visibility(ctx)))
    .orderBy(asc(invoices.deadlineAt), asc(invoices.submittedAt));
  return rows.map(({ buyerSnapshot, ...row }) => ({
    ...row,
    recipient: recipientOf(buyerSnapshot),
    risk: row.status === "needs_correction" ? "later" : deadlineUrgency(row.deadlineAt, now),
  }));
}

/** "Avoimet saatavat": sent and not fully paid, oldest due date first. */
export function openReceivables(ctx: AuthedContext) {
  return summaries(ctx, and(eq(invoices.status, "sent"), eq(invoices.kind, "invoice"), visibility(ctx))).orderBy(
    asc(invoices.dueDate),
  );
}

export function ownInvoices(ctx: AuthedContext, organizationId: string) {
  return summaries(ctx, and(eq(invoices.userId, ctx.auth.user.id), eq(invoices.organizationId, organizationId)))
    .orderBy(desc(invoices.createdAt))
    .limit(500);
}

/**
 * `100102%` or `100102*` → every invoice whose reference starts so (all of user 100102);
 * digits → that invoice or reference number; anything else → customer name.
 */
export function searchInvoices(ctx: AuthedContext, query: string) {
  const q = query.trim();
  const wildcard = /[%*]$/.test(q);
  const prefix = referenceSearchPrefix(q);
  let where: SQL | undefined;
  if (prefix && wildcard) {
    where = sql`${invoices.reference} like ${`${prefix}%`}`;
  } else if (prefix) {
    where = or(eq(invoices.invoiceNumber, prefix), eq(invoices.reference, prefix));
  } else {
    where = ilike(customers.name, `%${q.replace(/[%_\\]/g, "\\$&")}%`);
  }
  return summaries(ctx, and(where, visibility(ctx)))
    .orderBy(asc(invoices.reference))
    .limit(500);
}

export async function invoiceDetail(ctx: AuthedContext, invoiceId: string) {
  const invoice = await loadVisibleInvoice(ctx, invoiceId);
  const [rows, messages, history, dispatchRows, paymentRows, customerRows, ownerRows, relatedRows] = await Promise.all([
    ctx.db.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, invoiceId)).orderBy(asc(invoiceRows.position)),
    ctx.db
      .select({
        id: invoiceMessages.id,
        body: invoiceMessages.body,
        authorRole: invoiceMessages.authorRole,
        authorName: users.name,
        createdAt: invoiceMessages.createdAt,
      })
      .from(invoiceMessages)
      .innerJoin(users, eq(users.id, invoiceMessages.authorUserId))
      .where(eq(invoiceMessages.invoiceId, invoiceId))
      .orderBy(asc(invoiceMessages.createdAt)),
    ctx.db
      .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorName: users.name, after: auditLog.after })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(and(eq(auditLog.entityType, "invoice"), eq(auditLog.entityId, invoiceId)))
      .orderBy(asc(auditLog.id)),
    ctx.db.select().from(dispatches).where(eq(dispatches.invoiceId, invoiceId)).orderBy(asc(dispatches.createdAt)),
    ctx.db.select().from(payments).where(eq(payments.invoiceId, invoiceId)).orderBy(asc(payments.createdAt)),
    ctx.db.select().from(customers).where(eq(customers.id, invoice.customerId)),
    ctx.db.select({ name: users.name, userNumber: users.userNumber }).from(users).where(eq(users.id, invoice.userId)),
    // A credit note and the invoice it credits point at each other on their pages.
    ctx.db
      .select({ id: invoices.id, invoiceNumber: invoices.invoiceNumber, kind: invoices.kind })
      .from(invoices)
      .where(
        invoice.creditedInvoiceId
          ? or(eq(invoices.creditedInvoiceId, invoiceId), eq(invoices.id, invoice.creditedInvoiceId))
          : eq(invoices.creditedInvoiceId, invoiceId),
      ),
  ]);
  const hasLiveDispatch = dispatchRows.some((d) => d.status === "queued" || d.status === "sent");
  return {
    invoice,
    /** What the caller may do now, from the lifecycle's decider: the page shows these buttons and no others. */
    actions: invoiceActionsFor(ctx, invoice, hasLiveDispatch, ctx.clock()),
    customer: customerRows[0] ?? null,
    recipient: recipientOf(invoice.buyerSnapshot),
    owner: ownerRows[0] ?? null,
    related: relatedRows,
    rows,
    messages,
    history,
    dispatches: dispatchRows.map((d) => ({
      id: d.id,
      channel: d.channel,
      status: d.status,
      createdAt: d.createdAt,
      sentAt: d.sentAt,
      lastError: d.lastError,
      operatorAck: d.operatorReceivedAt ? { messageId: d.operatorMessageId, receivedAt: d.operatorReceivedAt } : null,
      failureReason: d.failureReason,
      failureDetail: d.failureDetail,
    })),
    payments: paymentRows.map((p) => ({ id: p.id, amountCents: p.amountCents, paidOn: p.paidOn, createdAt: p.createdAt })),
  };
}

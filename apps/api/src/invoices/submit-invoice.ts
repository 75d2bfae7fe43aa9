import { eq, sql } from "drizzle-orm";
import {
  customers,
  invoiceSequences,
  invoices,
  perDatabase,
  queryRows,
  type BuyerSnapshot,
  type Db,
  type DbOrTx,
} from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import { checkDraftDates } from "./drafts";
import { isOwnerOf } from "./invoice-access";
import { decideOrThrow, invoiceStateOf } from "./invoice-lifecycle";
import { submissionWriter } from "./write-submissions";

/**
 * The next running number of one user. The upsert takes the row lock, so concurrent submits of the
 * same user queue behind each other; a rolled-back submit gives its number back: no gaps, no twins.
 */
export async function allocateSequence(tx: DbOrTx, userId: string): Promise<number> {
  // A plain statement, not the query builder: submit runs it for every invoice while the row is
  // locked, and building the query is most of its cost in JavaScript.
  const rows = await queryRows<{ lastSequence: number }>(
    tx,
    sql`INSERT INTO invoice_sequences (user_id, last_sequence) VALUES (${userId}, 1)
        ON CONFLICT (user_id) DO UPDATE SET last_sequence = invoice_sequences.last_sequence + 1
        RETURNING last_sequence AS "lastSequence"`,
  );
  const value = rows[0]?.lastSequence;
  if (value === undefined) throw new Error("sequence allocation returned nothing");
  return Number(value);
}

/**
 * The invoice, its customer, the row's version (xmin, which every update of the row changes) and
 * the user's last running number, in one prepared round trip and without a lock: the submission's
 * own statement locks the invoice and writes only if the version is still the one seen here (see
 * writeSubmissions). Only the invoice's own user (still a member of its organization) submits it;
 * anyone else gets NOT_FOUND, as loadVisibleInvoice with ownerOnly answers.
 */
function prepareLook(db: Db) {
  return db
    .select({
      invoice: invoices,
      customer: customers,
      version: sql<string>`${invoices}.xmin::text`,
      lastSequence: sql<string | null>`(SELECT ${invoiceSequences.lastSequence} FROM ${invoiceSequences}
        WHERE ${invoiceSequences.userId} = ${invoices.userId})`,
    })
    .from(invoices)
    .leftJoin(customers, eq(customers.id, invoices.customerId))
    .where(eq(invoices.id, sql.placeholder("invoiceId")))
    .prepare("invoice_submit_look");
}

// Built once per database: building the query is most of the look's cost in JavaScript.
const look = perDatabase(prepareLook);

async function lookForSubmit(ctx: AuthedContext, invoiceId: string) {
  const [row] = await look(ctx.db).execute({ invoiceId });
  if (!row || !isOwnerOf(ctx, row.invoice)) throw new AppError("NOT_FOUND", { field: "invoiceId" });
  return row;
}

export function checkDeliveryMethod(method: string, customer: typeof customers.$inferSelect): void {
  if (method === "email" && !customer.email) throw new AppError("DELIVERY_EMAIL_MISSING", { field: "deliveryMethod" });
  if (method === "einvoice" && !(customer.einvoiceAddress && customer.einvoiceOperator)) {
    throw new AppError("DELIVERY_EINVOICE_MISSING", { field: "deliveryMethod" });
  }
}

export function snapshotOf(customer: typeof customers.$inferSelect): BuyerSnapshot {
  return {
    name: customer.name,
    isPerson: customer.isPerson,
    businessId: customer.isPerson ? null : customer.businessId,
    customerNumber: customer.customerNumber,
    countryCode: customer.countryCode,
    street: customer.street,
    postalCode: customer.postalCode,
    city: customer.city,
    email: customer.email,
    einvoiceAddress: customer.einvoiceAddress,
    einvoiceOperator: customer.einvoiceOperator,
  };
}

const SUBMIT_ATTEMPTS = 6;

/** Draft or corrected invoice → submitted: number, reference, buyer snapshot and the same-day deadline. */
export async function submitInvoice(ctx: AuthedContext, invoiceId: string) {
  const userNumber = ctx.auth.user.userNumber;
  if (!userNumber) throw new AppError("USER_NUMBER_MISSING");
  const now = ctx.clock();
  for (let attempt = 1; attempt <= SUBMIT_ATTEMPTS; attempt++) {
    // Each attempt looks afresh and decides again: whatever changed the invoice meanwhile is judged too.
    const { invoice, customer, version, lastSequence } = await lookForSubmit(ctx, invoiceId);
    const { state, events } = decideOrThrow(invoiceStateOf(invoice), { type: "submit" }, now);
    const submitted = events.find((e) => e.type === "invoice_submitted");
    if (!submitted) throw new Error("submit decided without a submission");
    if (!customer) throw new AppError("CUSTOMER_NOT_FOUND", { field: "customerId" });
    checkDeliveryMethod(invoice.deliveryMethod, customer);
    // A draft saved long ago is checked against today again: it goes out with the dates it carries.
    checkDraftDates(invoice, invoice.dueDate, now);

    const updated = {
      ...invoice,
      status: state.status,
      buyerSnapshot: snapshotOf(customer),
      submittedAt: now,
      deadlineAt: submitted.deadlineAt,
      updatedAt: now,
    };
    // A resubmitted invoice keeps the number it already carries; a first one takes the user's next.
    const outcome = await submissionWriter(ctx.db)({
      invoice: updated,
      version,
      userNumber,
      lastSeen: Number(lastSequence ?? 0),
      attempt,
      audit: {
        at: now,
        actorUserId: ctx.auth.user.id,
        organizationId: invoice.organizationId,
        action: submitted.resubmitted ? "invoice.resubmitted" : "invoice.submitted",
        entityType: "invoice",
        entityId: invoiceId,
        before: { status: invoice.status },
        after: { status: state.status, deadlineAt: submitted.deadlineAt },
        requestId: ctx.requestId,
      },
    });
    if ("refused" in outcome) throw outcome.refused;
    const { written } = outcome;
    if (written) return { ...updated, sequence: written.sequence, invoiceNumber: written.number, reference: written.reference };
  }
  // Changed under us again and again (another agent editing it, a flood of the same user's submits).
  throw new AppError("CONFLICT");
}

import { createReference, invoiceNumber } from "@reskontra/domain";
import { eq, sql } from "drizzle-orm";
import {
  customers,
  invoiceSequences,
  invoices,
  perDatabase,
  queryRows,
  type AuditEntry,
  type BuyerSnapshot,
  type Db,
  type DbOrTx,
} from "@reskontra/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc/authed";
import { checkDraftDates } from "./drafts";
import { isOwnerOf } from "./invoice-access";
import { decideOrThrow, invoiceStateOf } from "./invoice-lifecycle";

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
 * writeSubmission). Only the invoice's own user (still a member of its organization) submits it;
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

/** How many running numbers past the last one seen a first submit prepares, at first (see writeSubmission). */
export const NUMBER_CANDIDATES = 64;
const SUBMIT_ATTEMPTS = 6;

/**
 * The invoice's number: the one it keeps (a resubmission), or the user's next one, taken in the
 * submission's own statement. For the latter the candidates last+1 … last+count are prepared here,
 * by the domain's rules, and the statement picks the one its sequence upsert gives.
 */
export type Numbering =
  | { kind: "kept"; sequence: number; number: string; reference: string }
  | { kind: "next"; userId: string; last: number; numbers: string[]; references: string[] };

export function nextNumbering(userId: string, userNumber: string, last: number, count: number): Numbering {
  const numbers: string[] = [];
  for (let k = 1; k <= count; k++) {
    try {
      numbers.push(invoiceNumber(userNumber, last + k));
    } catch (error) {
      // The first candidate past the largest running number is the user's refusal; later ones only end the list.
      if (k === 1) throw error;
      break;
    }
  }
  return { kind: "next", userId, last, numbers, references: numbers.map((n) => createReference(n)) };
}

/**
 * The submission in one statement, so one transaction of its own: it locks the invoice and goes on
 * only if the row is still the version the look saw (`version`: nothing changed it meanwhile), takes
 * the number (the user's sequence upsert locks the sequence row, so concurrent submits of one user
 * queue behind each other, and only for the length of this statement: no round trip, no COMMIT
 * waits while the row is held), and writes the invoice and its audit row. The sequence moves only
 * when the number it gives is among the prepared candidates; otherwise nothing is written at all.
 * Returns the number written, or null when the invoice changed or more numbers were taken since
 * the look than were prepared (the caller looks again). No gaps, no twins: every effect is in the
 * one statement. Instants go as text: drizzle turns postgres.js's date serializer off for raw statements.
 */
export async function writeSubmission(
  db: DbOrTx,
  invoice: typeof invoices.$inferSelect,
  numbering: Numbering,
  audit: AuditEntry & { after: { status: string; deadlineAt: Date | null } },
  version: string,
): Promise<{ sequence: number; number: string; reference: string } | null> {
  const picked =
    numbering.kind === "kept"
      ? sql`pick AS (SELECT ${numbering.sequence}::bigint AS sequence, ${numbering.number}::text AS number,
            ${numbering.reference}::text AS reference FROM chk)`
      : sql`seq AS (
            INSERT INTO invoice_sequences (user_id, last_sequence) SELECT ${numbering.userId}, ${numbering.last + 1}::bigint FROM chk
            ON CONFLICT (user_id) DO UPDATE SET last_sequence = invoice_sequences.last_sequence + 1
              WHERE invoice_sequences.last_sequence >= ${numbering.last}::bigint
                AND invoice_sequences.last_sequence < ${numbering.last + numbering.numbers.length}::bigint
            RETURNING last_sequence),
          pick AS (SELECT last_sequence AS sequence,
            ${JSON.stringify(numbering.numbers)}::jsonb ->> (last_sequence - ${numbering.last}::bigint - 1)::int AS number,
            ${JSON.stringify(numbering.references)}::jsonb ->> (last_sequence - ${numbering.last}::bigint - 1)::int AS reference
            FROM seq)`;
  const rows = await queryRows<{ sequence: string; number: string; reference: string }>(
    db,
    sql`WITH chk AS (SELECT id FROM invoices WHERE id = ${invoice.id} AND xmin::text = ${version} FOR UPDATE),
        ${picked},
        upd AS (
          UPDATE invoices SET status = ${invoice.status}, sequence = pick.sequence,
            invoice_number = pick.number, reference = pick.reference,
            buyer_snapshot = ${JSON.stringify(invoice.buyerSnapshot)}::jsonb,
            submitted_at = ${invoice.submittedAt?.toISOString() ?? null}::timestamptz,
            deadline_at = ${invoice.deadlineAt?.toISOString() ?? null}::timestamptz,
            updated_at = ${invoice.updatedAt.toISOString()}::timestamptz
          FROM pick WHERE invoices.id = ${invoice.id}
          RETURNING pick.sequence, pick.number, pick.reference),
        aud AS (
          INSERT INTO audit_log (at, actor_user_id, organization_id, action, entity_type, entity_id, before, after, request_id)
          SELECT ${audit.at.toISOString()}::timestamptz, ${audit.actorUserId}::uuid, ${audit.organizationId}::uuid, ${audit.action},
            ${audit.entityType}, ${audit.entityId}, ${JSON.stringify(audit.before ?? null)}::jsonb,
            jsonb_build_object('status', ${audit.after.status}::text, 'invoiceNumber', upd.number,
              'deadlineAt', ${audit.after.deadlineAt?.toISOString() ?? null}::text),
            ${audit.requestId ?? null}
          FROM upd)
        SELECT sequence, number, reference FROM upd`,
  );
  const row = rows[0];
  return row ? { sequence: Number(row.sequence), number: row.number, reference: row.reference } : null;
}

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

    // A resubmitted invoice keeps the number it already carries; a retry prepares more candidates.
    const numbering: Numbering =
      invoice.sequence !== null && invoice.invoiceNumber !== null
        ? {
            kind: "kept",
            sequence: invoice.sequence,
            number: invoice.invoiceNumber,
            reference: createReference(invoice.invoiceNumber),
          }
        : nextNumbering(invoice.userId, userNumber, Number(lastSequence ?? 0), NUMBER_CANDIDATES * 2 ** (attempt - 1));
    const updated = {
      ...invoice,
      status: state.status,
      buyerSnapshot: snapshotOf(customer),
      submittedAt: now,
      deadlineAt: submitted.deadlineAt,
      updatedAt: now,
    };
    const written = await writeSubmission(
      ctx.db,
      updated,
      numbering,
      {
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
      version,
    );
    if (written) return { ...updated, sequence: written.sequence, invoiceNumber: written.number, reference: written.reference };
  }
  // Changed under us again and again (another agent editing it, a flood of the same user's submits).
  throw new AppError("CONFLICT");
}

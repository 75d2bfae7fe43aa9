import { createReference, invoiceNumber } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { laneBatcher, perDatabase, queryRows, type AuditEntry, type Db, type DbOrTx, type invoices } from "@reskontra/db";

/** How many running numbers past the last one seen a first submit prepares, at first (see writeSubmissions). */
export const NUMBER_CANDIDATES = 64;

/** At most this many of one user's submissions in one statement. */
export const MAX_SUBMISSIONS_PER_STATEMENT = 100;

/** An invoice as it is to be written by its submission, and what the look saw of it. */
export interface Submission {
  /** The invoice with its new status, buyer snapshot and instants (its number is taken by the write). */
  invoice: typeof invoices.$inferSelect;
  /** The row's version (xmin) at the look: the write goes on only if the row is still that version. */
  version: string;
  /** The user's number, from which the running numbers are made. */
  userNumber: string;
  /** The user's last running number at the look (0 when none was taken yet). */
  lastSeen: number;
  /** 1 for a first try; each retry prepares twice as many candidates (numbers taken by others meanwhile). */
  attempt: number;
  audit: AuditEntry & { after: { status: string; deadlineAt: Date | null } };
}

export type Written = { sequence: number; number: string; reference: string };

/**
 * What a write gives a submission: its number, `null` when the caller must look again (the invoice
 * or a batch-mate changed since the look, or more numbers were taken since than were prepared), or
 * the error that refuses it (a user past the largest running number).
 */
export type WriteOutcome = { written: Written } | { written: null } | { refused: unknown };

/**
 * The candidates last+1 … last+count by the domain's rules. The first past the largest running
 * number is the user's refusal; later ones only end the list.
 */
export function nextNumbers(userNumber: string, last: number, count: number): string[] {
  const numbers: string[] = [];
  for (let k = 1; k <= count; k++) {
    try {
      numbers.push(invoiceNumber(userNumber, last + k));
    } catch (error) {
      if (k === 1) throw error;
      break;
    }
  }
  return numbers;
}

const keeps = (s: Submission) => s.invoice.sequence !== null && s.invoice.invoiceNumber !== null;

/**
 * One user's submissions in one statement, so one transaction and one commit for all of them. It
 * locks the invoices (in id order) and goes on only if every one is still the version its look saw;
 * resubmissions keep their numbers, and the others take the user's next ones in the order given:
 * the sequence upsert moves the user's last number by their count, locking the row for this
 * statement only, and only when every number it gives is among the prepared candidates. Then each
 * invoice and its audit row are written. If anything does not hold, nothing at all is written and
 * every submission is answered `null` (its caller looks again). No gaps, no twins: every effect is
 * in the one statement, and the unique (user, sequence) key refuses a twin outright. Instants go as
 * text: drizzle turns postgres.js's date serializer off for raw statements.
 */
export async function writeSubmissions(db: DbOrTx, userId: string, submissions: Submission[]): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = submissions.map(() => ({ written: null }));
  // The same invoice twice (a double click) goes once; the other looks again and finds it submitted.
  const seen = new Set<string>();
  const included: number[] = [];
  submissions.forEach((s, i) => {
    if (seen.has(s.invoice.id)) return;
    seen.add(s.invoice.id);
    included.push(i);
  });

  const taking = included.filter((i) => !keeps(submissions[i] as Submission));
  let numbers: string[] = [];
  let last = 0;
  if (taking.length > 0) {
    const takers = taking.map((i) => submissions[i] as Submission);
    last = Math.max(...takers.map((s) => s.lastSeen));
    const attempt = Math.max(...takers.map((s) => s.attempt));
    try {
      numbers = nextNumbers(takers[0]?.userNumber ?? "", last, taking.length + NUMBER_CANDIDATES * 2 ** (attempt - 1));
    } catch (refusal) {
      for (const i of taking) outcomes[i] = { refused: refusal };
      taking.length = 0;
    }
  }
  // Near the largest running number fewer remain than asked for: the rest look again and are refused.
  const takers = new Set(taking.slice(0, numbers.length));
  const sent = included.filter((i) => takers.has(i) || keeps(submissions[i] as Submission));
  if (sent.length === 0) return outcomes;

  let rank = 0;
  const rows = sent.map((i) => {
    const { invoice, version, audit } = submissions[i] as Submission;
    const kept = keeps(submissions[i] as Submission);
    return {
      id: invoice.id,
      version,
      rank: kept ? null : ++rank,
      kept_sequence: kept ? invoice.sequence : null,
      kept_number: kept ? invoice.invoiceNumber : null,
      kept_reference: kept && invoice.invoiceNumber ? createReference(invoice.invoiceNumber) : null,
      status: invoice.status,
      buyer: invoice.buyerSnapshot,
      submitted_at: invoice.submittedAt?.toISOString() ?? null,
      deadline_at: invoice.deadlineAt?.toISOString() ?? null,
      updated_at: invoice.updatedAt.toISOString(),
      audit_at: audit.at.toISOString(),
      actor_user_id: audit.actorUserId,
      organization_id: audit.organizationId,
      action: audit.action,
      entity_type: audit.entityType,
      entity_id: audit.entityId,
      before: audit.before ?? null,
      after_status: audit.after.status,
      after_deadline: audit.after.deadlineAt?.toISOString() ?? null,
      request_id: audit.requestId ?? null,
    };
  });
  const count = rank;
  const answered = await queryRows<{ id: string; sequence: string; number: string; reference: string }>(
    db,
    sql`WITH input AS (
          SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
            id uuid, version text, rank int, kept_sequence bigint, kept_number text, kept_reference text,
            status text, buyer jsonb, submitted_at timestamptz, deadline_at timestamptz, updated_at timestamptz,
            audit_at timestamptz, actor_user_id uuid, organization_id uuid, action text, entity_type text,
            entity_id text, before jsonb, after_status text, after_deadline text, request_id text)),
        chk AS (
          SELECT i.id FROM invoices i JOIN input ON input.id = i.id AND i.xmin::text = input.version
          ORDER BY i.id FOR UPDATE OF i),
        ok AS (SELECT count(*) = ${rows.length}::int AS fresh FROM chk),
        seq AS (
          INSERT INTO invoice_sequences (user_id, last_sequence)
          SELECT ${userId}::uuid, ${last + count}::bigint FROM ok WHERE ok.fresh AND ${count}::int > 0
          ON CONFLICT (user_id) DO UPDATE SET last_sequence = invoice_sequences.last_sequence + ${count}::int
            WHERE invoice_sequences.last_sequence >= ${last}::bigint
              AND invoice_sequences.last_sequence + ${count}::int <= ${last + numbers.length}::bigint
          RETURNING last_sequence - ${count}::int AS base),
        pick AS (
          SELECT input.*, p.sequence,
            coalesce(input.kept_number, ${JSON.stringify(numbers)}::jsonb ->> (p.sequence - ${last}::bigint - 1)::int) AS number,
            coalesce(input.kept_reference,
              ${JSON.stringify(numbers.map((n) => createReference(n)))}::jsonb ->> (p.sequence - ${last}::bigint - 1)::int) AS reference
          FROM input CROSS JOIN ok CROSS JOIN LATERAL (
            SELECT coalesce(input.kept_sequence, (SELECT base FROM seq) + input.rank) AS sequence) p
          WHERE ok.fresh AND (${count}::int = 0 OR EXISTS (SELECT 1 FROM seq))),
        upd AS (
          UPDATE invoices SET status = pick.status::invoice_status, sequence = pick.sequence,
            invoice_number = pick.number, reference = pick.reference, buyer_snapshot = pick.buyer,
            submitted_at = pick.submitted_at, deadline_at = pick.deadline_at, updated_at = pick.updated_at
          FROM pick WHERE invoices.id = pick.id
          RETURNING invoices.id, pick.sequence, pick.number, pick.reference),
        aud AS (
          INSERT INTO audit_log (at, actor_user_id, organization_id, action, entity_type, entity_id, before, after, request_id)
          SELECT pick.audit_at, pick.actor_user_id, pick.organization_id, pick.action, pick.entity_type, pick.entity_id,
            pick.before, jsonb_build_object('status', pick.after_status, 'invoiceNumber', upd.number,
              'deadlineAt', pick.after_deadline), pick.request_id
          FROM upd JOIN pick ON pick.id = upd.id)
        SELECT id, sequence, number, reference FROM upd`,
  );
  const byId = new Map(answered.map((r) => [r.id, r]));
  for (const i of sent) {
    const row = byId.get((submissions[i] as Submission).invoice.id);
    if (row) outcomes[i] = { written: { sequence: Number(row.sequence), number: row.number, reference: row.reference } };
  }
  return outcomes;
}

/**
 * A submission written with the rest of its user's that are waiting (laneBatcher, a lane per user):
 * they would queue on the user's sequence row in the database anyway, each through its own commit;
 * here the ones that gather while a statement is out go together in the next.
 */
export const submissionWriter = perDatabase((db: Db) =>
  laneBatcher<Submission, WriteOutcome>(
    (s) => s.invoice.userId,
    (userId, submissions) => writeSubmissions(db, userId, submissions),
    MAX_SUBMISSIONS_PER_STATEMENT,
  ),
);

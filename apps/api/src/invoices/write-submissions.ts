import { createReference, invoiceNumber } from "@reskontra/domain";
import { sql } from "drizzle-orm";
import { perDatabase, pipelineBatcher, queryRows, type AuditEntry, type Db, type DbOrTx, type invoices } from "@reskontra/db";

/** How many running numbers past the last one seen a first submit prepares, at first (see writeSubmissions). */
export const NUMBER_CANDIDATES = 64;

/** At most this many submissions in one statement. */
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

/** One user's numbers for a statement: the candidates after the last number any of their submissions saw. */
interface UserNumbers {
  user_id: string;
  last: number;
  numbers: string[];
  refs: string[];
}

/**
 * Submissions, of any users, in one statement, so one transaction and one commit for all of them.
 * It locks the invoices (in id order) and writes only those still at the version their look saw;
 * resubmissions keep their numbers, and each user's others take that user's next ones in the order
 * given: the user's sequence row (locked in user order, after every invoice) moves by their count,
 * only when every number it gives is among the candidates prepared here by the domain's rules.
 * Then each invoice and its audit row are written. A submission whose invoice changed, or whose
 * user's numbers ran past the candidates, is written not at all and answered `null` (its caller
 * looks again). No gaps, no twins: every effect is in the one statement, and the unique (user,
 * sequence) key refuses a twin outright. Instants go as text: drizzle turns postgres.js's date
 * serializer off for raw statements.
 */
export async function writeSubmissions(db: DbOrTx, submissions: readonly Submission[]): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = submissions.map(() => ({ written: null }));
  // The same invoice twice (a double click) goes once; the other looks again and finds it submitted.
  const seen = new Set<string>();
  const takersOf = new Map<string, number[]>();
  const sent: number[] = [];
  submissions.forEach((s, i) => {
    if (seen.has(s.invoice.id)) return;
    seen.add(s.invoice.id);
    if (keeps(s)) sent.push(i);
    else {
      const taking = takersOf.get(s.invoice.userId);
      if (taking) taking.push(i);
      else takersOf.set(s.invoice.userId, [i]);
    }
  });

  const users: UserNumbers[] = [];
  for (const [userId, taking] of takersOf) {
    const takers = taking.map((i) => submissions[i] as Submission);
    const last = Math.max(...takers.map((s) => s.lastSeen));
    const attempt = Math.max(...takers.map((s) => s.attempt));
    let numbers: string[];
    try {
      numbers = nextNumbers(takers[0]?.userNumber ?? "", last, taking.length + NUMBER_CANDIDATES * 2 ** (attempt - 1));
    } catch (refusal) {
      for (const i of taking) outcomes[i] = { refused: refusal };
      continue;
    }
    // Near the largest running number fewer remain than asked for: the rest look again and are refused.
    sent.push(...taking.slice(0, numbers.length));
    users.push({ user_id: userId, last, numbers, refs: numbers.map((n) => createReference(n)) });
  }
  if (sent.length === 0) return outcomes;
  sent.sort((a, b) => a - b);

  const rows = sent.map((i) => {
    const submission = submissions[i] as Submission;
    const { invoice, version, audit } = submission;
    const kept = keeps(submission);
    return {
      ord: i,
      id: invoice.id,
      version,
      user_id: invoice.userId,
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
  // The invoices and sequence rows are reached by their keys, not by a join on the input: the
  // planner cannot see how few rows a jsonb_to_recordset holds and may scan the whole table.
  const ids = `{${rows.map((r) => r.id).join(",")}}`;
  const userIds = `{${users.map((u) => u.user_id).join(",")}}`;
  const answered = await queryRows<{ id: string; sequence: string; number: string; reference: string }>(
    db,
    sql`WITH input AS (
          SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
            ord int, id uuid, version text, user_id uuid, kept_sequence bigint, kept_number text, kept_reference text,
            status text, buyer jsonb, submitted_at timestamptz, deadline_at timestamptz, updated_at timestamptz,
            audit_at timestamptz, actor_user_id uuid, organization_id uuid, action text, entity_type text,
            entity_id text, before jsonb, after_status text, after_deadline text, request_id text)),
        users_in AS (
          SELECT * FROM jsonb_to_recordset(${JSON.stringify(users)}::jsonb) AS u(user_id uuid, last bigint, numbers jsonb, refs jsonb)),
        fresh AS (
          SELECT input.* FROM invoices i JOIN input ON input.id = i.id AND i.xmin::text = input.version
          WHERE i.id = ANY(${ids}::uuid[]) ORDER BY i.id FOR UPDATE OF i),
        ranked AS (
          SELECT fresh.*, CASE WHEN kept_sequence IS NULL
            THEN row_number() OVER (PARTITION BY user_id, kept_sequence IS NULL ORDER BY ord) END AS rank
          FROM fresh),
        counts AS (SELECT user_id, count(*)::int AS n FROM ranked WHERE rank IS NOT NULL GROUP BY user_id),
        locked AS (
          SELECT s.user_id, s.last_sequence FROM invoice_sequences s
          WHERE s.user_id = ANY(${userIds}::uuid[]) AND s.user_id IN (SELECT user_id FROM counts)
          ORDER BY s.user_id FOR UPDATE OF s),
        moved AS (
          UPDATE invoice_sequences s SET last_sequence = l.last_sequence + c.n
          FROM locked l JOIN counts c ON c.user_id = l.user_id JOIN users_in u ON u.user_id = l.user_id
          WHERE s.user_id = ANY(${userIds}::uuid[]) AND s.user_id = l.user_id
            AND l.last_sequence >= u.last AND l.last_sequence + c.n <= u.last + jsonb_array_length(u.numbers)
          RETURNING s.user_id, l.last_sequence AS base),
        started AS (
          INSERT INTO invoice_sequences (user_id, last_sequence)
          SELECT c.user_id, u.last + c.n FROM counts c JOIN users_in u ON u.user_id = c.user_id
          WHERE NOT EXISTS (SELECT 1 FROM locked l WHERE l.user_id = c.user_id) AND c.n <= jsonb_array_length(u.numbers)
          ORDER BY c.user_id
          ON CONFLICT (user_id) DO NOTHING
          RETURNING user_id, last_sequence),
        bases AS (
          SELECT user_id, base FROM moved
          UNION ALL SELECT st.user_id, st.last_sequence - c.n FROM started st JOIN counts c ON c.user_id = st.user_id),
        pick AS (
          SELECT r.*, coalesce(r.kept_sequence, b.base + r.rank) AS sequence,
            coalesce(r.kept_number, u.numbers ->> (b.base + r.rank - u.last - 1)::int) AS number,
            coalesce(r.kept_reference, u.refs ->> (b.base + r.rank - u.last - 1)::int) AS reference
          FROM ranked r LEFT JOIN bases b ON b.user_id = r.user_id LEFT JOIN users_in u ON u.user_id = r.user_id
          WHERE r.rank IS NULL OR b.base IS NOT NULL),
        upd AS (
          UPDATE invoices SET status = pick.status::invoice_status, sequence = pick.sequence,
            invoice_number = pick.number, reference = pick.reference, buyer_snapshot = pick.buyer,
            submitted_at = pick.submitted_at, deadline_at = pick.deadline_at, updated_at = pick.updated_at
          FROM pick WHERE invoices.id = ANY(${ids}::uuid[]) AND invoices.id = pick.id
          RETURNING invoices.id, pick.sequence, pick.number, pick.reference),
        aud AS (
          INSERT INTO audit_log (at, actor_user_id, organization_id, action, entity_type, entity_id, before, after, request_id)
          SELECT pick.audit_at, pick.actor_user_id, pick.organization_id, pick.action, pick.entity_type, pick.entity_id,
            pick.before, jsonb_build_object('status', pick.after_status, 'invoiceNumber', upd.number,
              'deadlineAt', pick.after_deadline), pick.request_id
          FROM upd JOIN pick ON pick.id = upd.id ORDER BY pick.ord)
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
 * A submission written together with the others waiting (pipelineBatcher): one user's would queue
 * on their sequence row in the database anyway, each through its own commit, and many users' would
 * each pay a commit. Two statements may be out at once, so one commits while the next does its work.
 */
export const submissionWriter = perDatabase((db: Db) =>
  pipelineBatcher<Submission, WriteOutcome>((submissions) => writeSubmissions(db, submissions), {
    maxRequests: MAX_SUBMISSIONS_PER_STATEMENT,
    inFlight: 2,
  }),
);

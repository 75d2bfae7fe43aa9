import { sameDayDeadline } from "@reskontra/domain";
import { memberships, users } from "@reskontra/db";
import { reportGoal } from "@reskontra/db/testing";
import { sql } from "drizzle-orm";
import { hashPassword } from "../auth/password";
import { createHarness, type Harness } from "../testing/harness";
import { draftFor } from "./invoice-fixtures";

export const CLIENTS = 50;
/** Measured batches (a draft per client) per scenario, after WARMUP_BATCHES. */
export const BATCHES = 12;
export const WARMUP_BATCHES = 2;

/**
 * "one user": 50 clients submit at once for the same user, so every submit queues for that user's
 * number (the case: gapless numbering serialises them). "50 users": each client its own user.
 */
export type SubmitScenario = "one user" | "50 users";

/** One round: a draft per client, submitted all at once. */
export type SubmitBatch = { client: number; invoiceId: string }[];

export interface SubmitFixture {
  h: Harness;
  organizationId: string;
  /** The bench's own users: the demo's invoices keep the demo's numbering, gaps included. */
  userIds: string[];
  clients: { sessionToken: string; caller: Awaited<ReturnType<Harness["as"]>> }[];
  /** Prepared drafts, a batch per measured (or warm-up) round of the product. */
  batches: SubmitBatch[];
  /** As many drafts again, for a baseline measured in the same run. */
  baselineBatches: SubmitBatch[];
}

/**
 * Signed-in users of one company, each with a customer, and the drafts ready, so the measured part
 * is only the submit (number allocation, reference, snapshot, audit).
 */
export async function prepareSubmitFixture(h: Harness, scenario: SubmitScenario, index: number): Promise<SubmitFixture> {
  const passwordHash = await hashPassword("bench-salasana");
  const organizationId = h.demo.organizationIds.virtanen;
  const userCount = scenario === "one user" ? 1 : CLIENTS;
  const people: { sessionToken: string; caller: SubmitFixture["clients"][number]["caller"]; customerId: string }[] = [];
  const userIds: string[] = [];
  for (let i = 0; i < userCount; i++) {
    const email = `bench${index}-${i}@example.fi`;
    const [user] = await h.database.db
      .insert(users)
      .values({ email, name: `Bench ${i}`, passwordHash, userNumber: String(200000 + index * 1000 + i) })
      .returning();
    if (!user) throw new Error("no user");
    userIds.push(user.id);
    await h.database.db.insert(memberships).values({ userId: user.id, organizationId, role: "user" });
    const sessionToken = await h.signIn(email, "bench-salasana");
    const caller = await h.callerWithSession(sessionToken);
    const customer = await caller.customers.create({
      organizationId,
      customerNumber: "1",
      name: `Asiakas ${i}`,
      isPerson: true,
      street: "Katu 1",
      postalCode: "00100",
      city: "Helsinki",
      email: `asiakas${i}@example.fi`,
    });
    people.push({ sessionToken, caller, customerId: customer.id });
  }
  const clients = Array.from({ length: CLIENTS }, (_, i) => {
    const person = people[i % userCount];
    if (!person) throw new Error("no bench user");
    return person;
  });
  const batches: SubmitFixture["batches"] = [];
  for (let b = 0; b < 2 * BATCHES + WARMUP_BATCHES; b++) {
    batches.push(
      await Promise.all(
        clients.map(async (c, client) => ({
          client,
          invoiceId: (await c.caller.invoices.create({ organizationId, ...draftFor(c.customerId) })).id,
        })),
      ),
    );
  }
  const baselineBatches = batches.splice(BATCHES + WARMUP_BATCHES);
  return { h, organizationId, userIds, clients, batches, baselineBatches };
}

/** Every number of every bench user is 1..n without a gap or a twin, however the rows were written. */
export async function numberGaps(f: SubmitFixture): Promise<number> {
  const gaps = await f.h.deps.db.execute(sql`
    SELECT count(*)::int AS n FROM (
      SELECT user_id, sequence, row_number() OVER (PARTITION BY user_id ORDER BY sequence) AS k
      FROM invoices WHERE sequence IS NOT NULL AND user_id IN ${f.userIds}) s WHERE sequence <> k`);
  const rows = (Array.isArray(gaps) ? gaps : (gaps as { rows: unknown[] }).rows) as { n: number }[];
  return Number(rows[0]?.n);
}

/** Submits per second over rounds of CLIENTS at once. */
export const submitRate = (ms: number[]) => (CLIENTS * ms.length * 1000) / ms.reduce((a, b) => a + b, 0);

/** The whole measurement runs once inside the bench function: tinybench does not await a teardown. */
export const once = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 };

/** One invoice submitted by SQL alone: what the use case writes, without its checks. */
function submitBySql(invoiceId: string, nowDate: Date) {
  // The driver takes instants as text here (drizzle turns postgres.js's date serializer off).
  const now = nowDate.toISOString();
  const deadline = sameDayDeadline(nowDate).toISOString();
  return sql`
    WITH inv AS (
      SELECT i.id, i.user_id, i.organization_id, i.customer_id, u.user_number FROM invoices i JOIN users u ON u.id = i.user_id
      WHERE i.id = ${invoiceId} FOR UPDATE OF i
    ), seq AS (
      INSERT INTO invoice_sequences (user_id, last_sequence) SELECT user_id, 1 FROM inv
      ON CONFLICT (user_id) DO UPDATE SET last_sequence = invoice_sequences.last_sequence + 1 RETURNING last_sequence
    ), num AS (
      SELECT inv.*, seq.last_sequence AS seq_no, inv.user_number || seq.last_sequence AS number FROM inv, seq
    ), ref AS (
      SELECT num.*, num.number || ((10 - (SELECT sum(substr(reverse(num.number), k, 1)::int * (ARRAY[7, 3, 1])[1 + (k - 1) % 3])
                                           FROM generate_series(1, length(num.number)) k) % 10) % 10) AS reference
      FROM num
    ), upd AS (
      UPDATE invoices i SET status = 'submitted', sequence = ref.seq_no,
        invoice_number = ref.number, reference = ref.reference,
        buyer_snapshot = jsonb_build_object('name', c.name, 'isPerson', c.is_person, 'businessId', CASE WHEN c.is_person THEN NULL ELSE c.business_id END,
          'customerNumber', c.customer_number, 'countryCode', c.country_code, 'street', c.street, 'postalCode', c.postal_code,
          'city', c.city, 'email', c.email, 'einvoiceAddress', c.einvoice_address, 'einvoiceOperator', c.einvoice_operator),
        submitted_at = ${now}, deadline_at = ${deadline}, updated_at = ${now}
      FROM ref, customers c WHERE i.id = ref.id AND c.id = ref.customer_id
      RETURNING i.id, i.organization_id, i.user_id, i.invoice_number, i.deadline_at
    )
    INSERT INTO audit_log (at, actor_user_id, organization_id, action, entity_type, entity_id, before, after)
    SELECT ${now}, upd.user_id, upd.organization_id, 'invoice.submitted', 'invoice', upd.id, '{"status":"draft"}'::jsonb,
      jsonb_build_object('status', 'submitted', 'invoiceNumber', upd.invoice_number, 'deadlineAt', upd.deadline_at)
    FROM upd`;
}

/**
 * Prepares the scenario in a harness of its own, warms up, then measures rounds of CLIENTS submits
 * at once through `submitter` interleaved with rounds of the same submits by SQL, checks the
 * numbers are gapless and reports the goal row.
 */
export async function measureSubmits(options: {
  scenario: SubmitScenario;
  index: number;
  via: string;
  /** Submits one batch at once and resolves when every submit has succeeded. */
  submitter: (f: SubmitFixture) => Promise<{ submitAll: (batch: SubmitBatch) => Promise<void>; close?: () => Promise<void> }>;
}) {
  const { scenario, index, via } = options;
  const h = await createHarness();
  try {
    const f = await prepareSubmitFixture(h, scenario, index);
    const { submitAll, close } = await options.submitter(f);
    const product = async (batch: SubmitBatch) => {
      const t0 = performance.now();
      await submitAll(batch);
      return performance.now() - t0;
    };
    const baseline = async (batch: SubmitBatch) => {
      const now = h.deps.clock();
      const t0 = performance.now();
      await Promise.all(batch.map((p) => h.deps.db.execute(submitBySql(p.invoiceId, now))));
      return performance.now() - t0;
    };
    for (const batch of f.batches.splice(0, WARMUP_BATCHES)) await product(batch);
    const productMs: number[] = [];
    const baselineMs: number[] = [];
    for (let round = 0; round < BATCHES; round++) {
      const [p, b] = [f.batches[round], f.baselineBatches[round]];
      if (!p || !b) throw new Error("out of prepared drafts");
      productMs.push(await product(p));
      baselineMs.push(await baseline(b));
    }
    await close?.();
    const gaps = await numberGaps(f);
    if (gaps !== 0) throw new Error(`invoice numbers have ${gaps} gaps`);
    const row = reportGoal({
      name: `invoice submit, ${CLIENTS} concurrent, ${scenario} (${via})`,
      unit: "submits/s",
      product: Math.round(submitRate(productMs)),
      baseline: Math.round(submitRate(baselineMs)),
      goals: [{ kind: "at-least", value: 500 }],
    });
    console.log(`submit ${via}: ${JSON.stringify(row)}`);
  } finally {
    await h.dispose();
  }
}

import { queryRows } from "@reskontra/db";
import { afterLastBenchmark, createBenchDatabase, type BenchDatabase } from "@reskontra/db/testing";
import { sql } from "drizzle-orm";
import { bench, describe } from "vitest";
import { dueCondition, dueFrom, planDueReminders, selectDueCandidates } from "@reskontra/usecases/reminders";

/**
 * The daily run's selection over 1 M open invoices of 100 k customers (100 companies), on the real
 * PostgreSQL: the run's way (one SQL statement for the candidates, then the domain confirming and
 * planning each) against the same selection as one bare set-based statement. Its own database,
 * created and dropped here; fixtures are generated set-wise with generate_series.
 */
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const TODAY = "2026-11-23";
const COMPANIES = 100;
const CUSTOMERS = 100_000;
const INVOICES = 1_000_000;

let database: BenchDatabase | undefined;

async function prepare() {
  if (database) return;
  database = await createBenchDatabase(SERVER, "reskontra_bench_reminders", { max: 4 });
  const run = (text: string) => database?.executeSql(text);
  const started = performance.now();
  await run(`INSERT INTO organizations (id, kind, name)
    SELECT md5('org' || g)::uuid, 'billing_company', 'Yritys ' || g FROM generate_series(1, ${COMPANIES}) g`);
  await run(`INSERT INTO users (id, email, name, password_hash, user_number)
    SELECT md5('user' || g)::uuid, 'owner' || g || '@example.fi', 'Omistaja ' || g, 'x', (400000 + g)::text
    FROM generate_series(1, ${COMPANIES}) g`);
  await run(`INSERT INTO reminder_settings (organization_id, activated_at, activated_by, confirmed_transaction_fee_cents)
    SELECT md5('org' || g)::uuid, now(), md5('user' || g)::uuid, 25 FROM generate_series(1, ${COMPANIES}) g`);
  await run(`INSERT INTO reminder_rules (id, organization_id, name, customer_kind, fee_cents, days_after_due,
      minimum_amount_cents, channel, max_count, interval_days, default_for)
    SELECT md5(k || g)::uuid, md5('org' || g)::uuid, k, k::reminder_customer_kind,
      CASE k WHEN 'consumer' THEN 500 ELSE 1200 END, CASE k WHEN 'consumer' THEN 14 ELSE 7 END, 1000,
      'email', 2, CASE k WHEN 'consumer' THEN 14 ELSE 10 END, k::reminder_customer_kind
    FROM generate_series(1, ${COMPANIES}) g, (VALUES ('consumer'), ('business')) v(k)`);
  // Every 20th customer is abroad (blocked); every other one a person.
  await run(`INSERT INTO customers (id, organization_id, owner_user_id, customer_number, name, is_person, country_code,
      street, postal_code, city, email, reminder_rule_id)
    SELECT md5('c' || g)::uuid, md5('org' || (g % ${COMPANIES} + 1))::uuid, md5('user' || (g % ${COMPANIES} + 1))::uuid,
      g::text, 'Asiakas ' || g, g % 2 = 0, CASE WHEN g % 20 = 0 THEN 'SE' ELSE 'FI' END, 'Katu 1', '00100', 'Helsinki',
      'asiakas' || g || '@example.fi',
      CASE WHEN g % 20 = 0 THEN NULL WHEN g % 2 = 0 THEN md5('consumer' || (g % ${COMPANIES} + 1))::uuid
           ELSE md5('business' || (g % ${COMPANIES} + 1))::uuid END
    FROM generate_series(1, ${CUSTOMERS}) g`);
  // Due dates from 30 days ago to 60 days ahead; every 10th invoice partly paid below the minimum.
  await run(`INSERT INTO invoices (id, organization_id, user_id, customer_id, status, sequence, invoice_number, reference,
      issue_date, due_date, payment_terms_days, delivery_method, net_cents, vat_cents, gross_cents, paid_cents,
      buyer_snapshot, sent_at)
    SELECT md5('i' || g)::uuid, md5('org' || (c % ${COMPANIES} + 1))::uuid, md5('user' || (c % ${COMPANIES} + 1))::uuid,
      md5('c' || c)::uuid, 'sent', g, 'B' || g, 'R' || g,
      d - 14, d, 14, 'email', 10000, 2550, 12550, CASE WHEN g % 10 = 0 THEN 12000 ELSE 0 END,
      jsonb_build_object('email', 'asiakas' || c || '@example.fi', 'einvoiceAddress', NULL, 'einvoiceOperator', NULL),
      (d - 14)::timestamptz + interval '9 hours'
    FROM (SELECT g, g % ${CUSTOMERS} + 1 AS c, '${TODAY}'::date - 30 + (g % 90) AS d FROM generate_series(1, ${INVOICES}) g) s`);
  // A fifth of the overdue invoices already had a reminder in the last 20 days.
  await run(`INSERT INTO dispatches (id, invoice_id, document_kind, channel, idempotency_key, status)
    SELECT md5('d' || g)::uuid, md5('i' || g)::uuid, 'reminder', 'email', 'reminder:' || g || ':1', 'sent'
    FROM generate_series(1, ${INVOICES}) g WHERE g % 5 = 0 AND g % 90 < 30`);
  await run(`INSERT INTO reminders (organization_id, invoice_id, sequence, rule_id, customer_id, customer_kind, dispatch_id,
      channel, run_date, new_due_date, open_cents, fee_cents, interest_cents, transaction_fee_cents, sent_at)
    SELECT i.organization_id, i.id, 1, c.reminder_rule_id, c.id,
      CASE WHEN c.is_person THEN 'consumer' ELSE 'business' END::reminder_customer_kind, md5('d' || g)::uuid,
      'email', '${TODAY}'::date - (g % 20), '${TODAY}'::date - (g % 20) + 14, 12550, 500, 0, 25, now()
    FROM generate_series(1, ${INVOICES}) g JOIN invoices i ON i.id = md5('i' || g)::uuid JOIN customers c ON c.id = i.customer_id
    WHERE g % 5 = 0 AND g % 90 < 30 AND c.reminder_rule_id IS NOT NULL`);
  await run("ANALYZE");
  const [due] = await queryRows<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM ${dueFrom()} WHERE ${dueCondition(TODAY)}`,
  );
  console.log(
    `fixtures: ${INVOICES} invoices, ${CUSTOMERS} customers in ${((performance.now() - started) / 1000).toFixed(1)} s; due today: ${due?.n}`,
  );
}

/** The fixture serves all three benchmarks; the last one to finish drops the database. */
const dispose = afterLastBenchmark(3, async () => {
  const closing = database;
  database = undefined;
  await closing?.drop();
});

function db() {
  if (!database) throw new Error("fixtures not prepared");
  return database.db;
}

const options = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1, setup: prepare, teardown: dispose };

describe(`reminder selection over ${INVOICES} open invoices, ${CUSTOMERS} customers (PostgreSQL)`, () => {
  bench(
    "daily run's selection: SQL candidates + the domain's check and plan per invoice",
    async () => {
      await planDueReminders({ db: db() }, { today: TODAY });
    },
    options,
  );
  bench(
    "the same selection as one set-based SQL statement (rows fetched)",
    async () => {
      await selectDueCandidates(db(), TODAY);
    },
    options,
  );
  bench(
    "the same selection as one set-based SQL statement (count only)",
    async () => {
      await queryRows(db(), sql`SELECT count(*) FROM ${dueFrom()} WHERE ${dueCondition(TODAY)}`);
    },
    options,
  );
});

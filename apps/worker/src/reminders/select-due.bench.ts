import { queryRows } from "@reskontra/db";
import { afterLastBenchmark, createBenchDatabase, type BenchDatabase } from "@reskontra/db/testing";
import { sql } from "drizzle-orm";
import { bench, describe } from "vitest";
import { dueCondition, dueFrom, planDueReminders, selectDueCandidates } from "@reskontra/usecases/reminders";
import { insertOpenInvoices } from "./test-support/open-invoices";

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
  const started = performance.now();
  await insertOpenInvoices(database, { companies: COMPANIES, customers: CUSTOMERS, invoices: INVOICES, today: TODAY });
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

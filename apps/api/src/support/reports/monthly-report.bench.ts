import { afterLastBenchmark, createBenchDatabase, type BenchDatabase } from "@reskontra/db/testing";
import { bench, describe } from "vitest";
import { monthlyReportCsv } from "./csv";
import { loadMonthlyReport } from "./monthly-report";

/**
 * The monthly report over a year of the operator's volume (DESIGN.md §4: about 1 100 written
 * requests and 700 calls a month), on the real PostgreSQL: 13 200 tickets with four status changes
 * each, 8 400 calls, 1 200 callbacks. Its own database, created and dropped here; fixtures are
 * generated set-wise with generate_series.
 */
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const TICKETS = 13_200;
const CALLS = 8_400;
const CALLBACKS = 1_200;
const YEAR_START = "2026-01-01T06:00:00Z";
const NOW = new Date("2027-01-15T10:00:00Z");

let database: BenchDatabase | undefined;

async function prepare() {
  if (database) return;
  database = await createBenchDatabase(SERVER, "reskontra_bench_reports", { max: 4 });
  const run = (text: string) => database?.executeSql(text);
  const started = performance.now();
  // Spread over the year; answered within 0–5 h, resolved within 0–50 h of calendar time.
  await run(`INSERT INTO support_tickets (id, channel, subject, description, category, priority, status, line_id,
      created_at, updated_at, first_response_at, resolved_at)
    SELECT md5('t' || g)::uuid,
      (ARRAY['web','email','phone','agent','voucher_report'])[g % 5 + 1]::ticket_channel, 'Kysymys ' || g, 'Laskun ' || g,
      (ARRAY['invoices','vouchers','reminders','accounts','technical'])[g % 5 + 1]::ticket_category,
      (ARRAY['low','normal','high','urgent'])[g % 4 + 1]::ticket_priority,
      CASE WHEN g % 5 = 0 THEN 'open' ELSE 'resolved' END::ticket_status,
      (SELECT id FROM support_lines WHERE code = CASE WHEN g % 2 = 0 THEN 'invoices' ELSE 'software' END),
      c, c, c + (g % 300) * interval '1 minute', CASE WHEN g % 5 = 0 THEN NULL ELSE c + (g % 3000) * interval '1 minute' END
    FROM (SELECT g, '${YEAR_START}'::timestamptz + (g::bigint * 365 * 24 * 60 / ${TICKETS}) * interval '1 minute' AS c
          FROM generate_series(1, ${TICKETS}) g) s`);
  await run(`INSERT INTO support_ticket_events (ticket_id, at, action, status)
    SELECT t.id, e.at, 'support.ticket.status_changed', e.status::ticket_status
    FROM support_tickets t,
      LATERAL (VALUES (t.created_at, 'new'), (t.first_response_at, 'waiting_customer'),
                      (t.first_response_at + interval '30 minutes', 'open'), (t.resolved_at, 'resolved')) e(at, status)
    WHERE e.at IS NOT NULL`);
  await run(`INSERT INTO support_calls (line_id, ticket_id, started_at, duration_seconds)
    SELECT (SELECT id FROM support_lines WHERE code = CASE WHEN g % 3 = 0 THEN 'software' ELSE 'invoices' END),
      CASE WHEN g % 2 = 0 THEN md5('t' || g)::uuid END,
      '${YEAR_START}'::timestamptz + (g::bigint * 365 * 24 * 60 / ${CALLS}) * interval '1 minute', 180
    FROM generate_series(1, ${CALLS}) g`);
  await run(`INSERT INTO support_callbacks (line_id, phone_number, promised_at, status, done_at)
    SELECT (SELECT id FROM support_lines WHERE code = 'invoices'), '+35840' || g, p,
      CASE WHEN g % 10 = 0 THEN 'due' ELSE 'done' END::callback_status,
      CASE WHEN g % 10 = 0 THEN NULL ELSE p + ((g % 7) - 4) * interval '10 minutes' END
    FROM (SELECT g, '${YEAR_START}'::timestamptz + (g::bigint * 365 * 24 * 60 / ${CALLBACKS}) * interval '1 minute' AS p
          FROM generate_series(1, ${CALLBACKS}) g) s`);
  await run("ANALYZE");
  console.log(
    `fixtures: ${TICKETS} tickets, ${CALLS} calls, ${CALLBACKS} callbacks in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const dispose = afterLastBenchmark(2, async () => {
  const closing = database;
  database = undefined;
  await closing?.drop();
});

function db() {
  if (!database) throw new Error("fixtures not prepared");
  return database.db;
}

const options = { time: 0, iterations: 10, warmupTime: 0, warmupIterations: 2, setup: prepare, teardown: dispose };

describe(`the monthly support report over a year of ${TICKETS} tickets (PostgreSQL)`, () => {
  bench(
    "support.reports.monthly for one month (about 1 100 tickets, 700 calls)",
    async () => {
      await loadMonthlyReport(db(), { month: "2026-06", now: NOW });
    },
    options,
  );
  bench(
    "the same month as the Finnish CSV",
    async () => {
      const { report, lines } = await loadMonthlyReport(db(), { month: "2026-06", now: NOW });
      monthlyReportCsv(report, lines, "fi");
    },
    options,
  );
});

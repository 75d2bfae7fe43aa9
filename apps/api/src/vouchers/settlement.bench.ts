import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@reskontra/db";
import { reportGoal } from "@reskontra/db/testing";
import { periodEnd } from "@reskontra/domain";
import { settleableEvents, settleMonth } from "@reskontra/usecases/vouchers";
import { bench, describe } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { insertClients, insertProviders } from "./bench-data";

/**
 * The settlement run over 1 M approved events (200 providers, one organizer, one month) on the real
 * PostgreSQL, against the same work written as one set-based SQL statement. Each run is undone
 * before the next (events back to approved, the settlement removed), so both settle the same rows.
 */
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";
const EVENTS = 1_000_000;
const PROVIDERS = 200;
const PERIOD = "2026-04";

let h: Harness | undefined;
let organizer = "";
const results: { name: string; ms: number; payable: number }[] = [];

async function prepare() {
  if (h) return;
  const started = Date.now();
  h = await createHarness({ start: new Date("2026-05-05T06:00:00Z") });
  const db = h.deps.db;
  organizer = h.demo.organizationIds.pirkanmaa;
  await insertClients(db, organizer, 100_000);
  const providers = await insertProviders(db, PROVIDERS);
  const [service] = await queryRows<{ id: string }>(db, sql`SELECT id FROM voucher_services WHERE code = 'FYSIO'`);
  const [user] = await queryRows<{ id: string }>(db, sql`SELECT id FROM users WHERE user_number = '100102'`);
  if (!service || !user) throw new Error("seed missing");
  const providerArray = sql.raw(`ARRAY[${providers.map((p) => `'${p}'::uuid`).join(",")}]`);
  await db.execute(sql`
    INSERT INTO voucher_purchasing_powers (organization_id, client_id, service_id, provider_id, voucher_number, kind,
      unit_value_cents, quantity_milli, valid_from, valid_to, status)
    SELECT ${organizer}, id, ${service.id}, (${providerArray})[1 + n % ${PROVIDERS}], 'SB-' || n, 'units', 2000, 100000,
           '2026-01-01', '2026-12-31', 'open'
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM voucher_clients WHERE hetu_masked = '010101A***') c`);
  // Ten April events per voucher, each 1–3 units of 20,00 €.
  await db.execute(sql`
    INSERT INTO voucher_events (organization_id, provider_id, recorded_by, client_id, purchasing_power_id, service_id,
      starts_at, ends_at, event_date, content, units_milli, unit_price_cents, price_cents, voucher_value_cents,
      co_payment_cents, state)
    SELECT ${organizer}, p.provider_id, ${user.id}, p.client_id, p.id, p.service_id, d::timestamptz, d::timestamptz + interval '1 hour',
           d, 'Käynti', u * 1000, 2000, u * 2000, u * 2000, 0, 'approved'
    FROM voucher_purchasing_powers p, generate_series(1, ${EVENTS / 100_000}) AS k,
         LATERAL (SELECT (date '2026-04-01' + ((k * 3) % 30))::date AS d, 1 + (k % 3) AS u) x
    WHERE p.voucher_number LIKE 'SB-%'`);
  await db.execute(sql`ANALYZE`);
  console.log(`settlement bench: ${EVENTS} approved events ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Puts the month back as it was before the run, so every run settles the same million events. */
async function undo(db: Db) {
  await db.execute(sql`UPDATE voucher_events SET state = 'approved', settlement_id = NULL WHERE settlement_id IS NOT NULL`);
  await db.execute(sql`DELETE FROM voucher_settlement_lines`);
  await db.execute(sql`DELETE FROM voucher_settlements`);
  // The undo leaves a million dead row versions; without this the second run pays for the first's.
  await db.execute(sql`VACUUM ANALYZE voucher_events`);
  // And the data load's WAL is flushed now, not by a checkpoint in the middle of a measured run.
  await db.execute(sql`CHECKPOINT`);
}

/** The same work as settleMonth in one statement: claim, settle, execute credits, net per provider, write lines. */
async function settleInOneStatement(db: Db): Promise<number> {
  const rows = await queryRows<{ payable: string | number }>(
    db,
    sql`
    WITH s AS (
      INSERT INTO voucher_settlements (organization_id, period, covers_before, run_at)
      VALUES (${organizer}, ${PERIOD}, '2026-05-01', now()) ON CONFLICT DO NOTHING RETURNING id
    ), settled AS (
      UPDATE voucher_events e SET state = 'settled', settlement_id = s.id, updated_at = now()
      FROM s WHERE ${settleableEvents(organizer, periodEnd(PERIOD))}
      RETURNING e.provider_id, e.voucher_value_cents
    ), credits AS (
      UPDATE voucher_credits c SET settlement_id = s.id FROM s
      WHERE c.organization_id = ${organizer} AND c.settlement_id IS NULL RETURNING c.provider_id, c.amount_cents
    ), ev AS (SELECT provider_id, count(*) AS n, sum(voucher_value_cents) AS cents FROM settled GROUP BY provider_id),
    cr AS (SELECT provider_id, count(*) AS n, -sum(amount_cents) AS cents FROM credits GROUP BY provider_id),
    carry AS (
      SELECT DISTINCT ON (l.provider_id) l.provider_id, l.carried_out_cents AS cents
      FROM voucher_settlement_lines l JOIN voucher_settlements x ON x.id = l.settlement_id
      WHERE x.organization_id = ${organizer} ORDER BY l.provider_id, x.period DESC
    ), totals AS (
      SELECT p.provider_id, coalesce(ev.n, 0) AS n, coalesce(ev.cents, 0) AS approved, coalesce(cr.n, 0) AS cn,
             coalesce(cr.cents, 0) AS credit, coalesce(carry.cents, 0) AS carried
      FROM (SELECT provider_id FROM ev UNION SELECT provider_id FROM cr UNION SELECT provider_id FROM carry WHERE cents > 0) p
      LEFT JOIN ev USING (provider_id) LEFT JOIN cr USING (provider_id) LEFT JOIN carry USING (provider_id)
    ), lines AS (
      INSERT INTO voucher_settlement_lines (settlement_id, provider_id, event_count, approved_cents, credit_count, credit_cents,
        carried_in_cents, payable_cents, carried_out_cents)
      SELECT s.id, t.provider_id, t.n, t.approved, t.cn, t.credit, t.carried,
             greatest(0, t.approved - t.credit - t.carried), greatest(0, t.credit + t.carried - t.approved)
      FROM totals t, s
      RETURNING payable_cents
    )
    SELECT coalesce(sum(payable_cents), 0) AS payable FROM lines`,
  );
  return Number(rows[0]?.payable ?? 0);
}

async function timed(name: string, run: () => Promise<number>) {
  if (!h) throw new Error("not prepared");
  await undo(h.deps.db);
  const t0 = performance.now();
  const payable = await run();
  results.push({ name, ms: performance.now() - t0, payable });
}

describe(`settlement run over ${EVENTS} events (PostgreSQL)`, () => {
  // BENCH_SETTLEMENT_ORDER=reverse runs the one statement first, to see the order's effect.
  let round = process.env.BENCH_SETTLEMENT_ORDER === "reverse" ? 1 : 0;
  bench(
    "settleMonth vs one set-based statement",
    async () => {
      const db = h?.deps.db;
      if (!db) throw new Error("not prepared");
      // Each runs once on the same freshly vacuumed table (a run is ~30 s; the file stays under ~3 minutes).
      const both = [
        () =>
          timed("settleMonth", async () => {
            const r = await settleMonth(
              { db, clock: () => new Date() },
              { organizationId: organizer, period: PERIOD, actorUserId: null },
            );
            return r.lines.reduce((n, l) => n + l.payableCents, 0);
          }),
        () => timed("one statement", () => settleInOneStatement(db)),
      ];
      if (round++ % 2 === 1) both.reverse();
      for (const run of both) await run();
    },
    {
      time: 0,
      iterations: 1,
      warmupTime: 0,
      warmupIterations: 0,
      setup: prepare,
      teardown: async (_task, mode) => {
        if (mode !== "run") return;
        const mean = (name: string) => {
          const list = results.filter((r) => r.name === name);
          return list.reduce((n, r) => n + r.ms, 0) / Math.max(1, list.length);
        };
        for (const r of results) console.log(`  ${r.name.padEnd(14)} ${(r.ms / 1000).toFixed(2)} s, payable ${r.payable} cents`);
        const ours = mean("settleMonth");
        const one = mean("one statement");
        console.log(
          `settlement: settleMonth ${(ours / 1000).toFixed(2)} s, one statement ${(one / 1000).toFixed(2)} s, ratio ${(ours / one).toFixed(2)}`,
        );
        reportGoal({
          name: `voucher settlement, ${EVENTS.toLocaleString("fi-FI")} events`,
          unit: "s",
          product: ours / 1000,
          baseline: one / 1000,
          goals: [{ kind: "ratio-at-most", value: 2 }],
        });
        await h?.dispose();
        h = undefined;
      },
    },
  );
});

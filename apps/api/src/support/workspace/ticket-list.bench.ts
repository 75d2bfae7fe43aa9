import { queryRows } from "@reskontra/db";
import type { WorkspaceListInput } from "@reskontra/contracts/support";
import { sql } from "drizzle-orm";
import { bench, describe } from "vitest";
import { createHarness, type Harness } from "../../testing/harness";
import { AGENT } from "./workspace-fixtures";

/**
 * The workspace's ticket list and search over 100 000 tickets on the real PostgreSQL (a database of
 * its own, dropped after), through the real procedure (createCaller → listQueue, SLA time left
 * included). Interleaved with them, as the baseline of the same run, a bare point select of one
 * ticket by id: what the machine gives a query that does nothing.
 */
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";
const TICKETS = 100_000;

type Query = { name: string; input: WorkspaceListInput | "baseline" | "deep" };
const QUERIES: Query[] = [
  { name: "baseline: point select by id", input: "baseline" },
  { name: "line queues (active)", input: {} },
  { name: "one line's queue", input: { lineId: "$invoices" } },
  { name: "unassigned", input: { view: "unassigned" } },
  { name: "mine", input: { view: "mine" } },
  { name: "category + priority", input: { category: "accounts", priority: "high" } },
  {
    name: "all statuses, date range",
    input: { statuses: ["resolved", "closed"], createdFrom: "2026-01-01", createdTo: "2026-03-31" },
  },
  { name: "search 'laskun' (common)", input: { query: "laskun", statuses: ["new", "open", "resolved", "closed"] } },
  { name: "search 'kuittikopiot' (rare)", input: { query: "kuittikopiot", statuses: ["resolved", "closed", "new", "open"] } },
  { name: "search subject part 'perill'", input: { query: "perill" } },
  { name: "search ticket number", input: { query: "150000", statuses: ["new", "open", "resolved", "closed"] } },
  { name: "page 20 by cursor", input: "deep" },
];

let h: Harness | undefined;
let run: ((q: Query) => Promise<unknown>) | undefined;
const timings = new Map<string, number[]>();

async function seed(db: Harness["deps"]["db"], agentId: string, orgs: string[]) {
  const lines = await queryRows<{ id: string }>(db, sql`SELECT id FROM support_lines ORDER BY code`);
  const lineArray = sql.raw(`(ARRAY[${lines.map((l) => `'${l.id}'::uuid`).join(",")}])`);
  const orgArray = sql.raw(`(ARRAY[${orgs.map((o) => `'${o}'::uuid`).join(",")}, NULL]::uuid[])`);
  // Set-based: a mix of subjects (a rare word in every 5 000th), statuses mostly done, a third assigned.
  await db.execute(sql`
    INSERT INTO support_tickets (organization_id, requester_email, requester_name, channel, subject, description, category,
      priority, status, line_id, assignee_user_id, created_at, updated_at, resolved_at, closed_at)
    SELECT ${orgArray}[1 + n % 4],
           'asiakas' || n || '@example.fi', 'Asiakas ' || n,
           (ARRAY['web','email','phone','agent']::ticket_channel[])[1 + n % 4],
           (ARRAY['Lasku ei mennyt perille', 'Verkkolasku puuttuu', 'Kirjautuminen ei onnistu', 'Palveluseteli ei näy',
                  'Maksumuistutus väärin', 'Tiliote ja maksu'])[1 + n % 6] || ' ' || n,
           CASE WHEN n % 5000 = 0 THEN 'Tarvitsen kuittikopion laskusta ' || n
                ELSE (ARRAY['Asiakkaani ei ole saanut laskuani.', 'Salasana ei kelpaa ja tunnus on lukittu.',
                  'Palvelusetelin tiedot puuttuvat asiakkaalta.', 'Muistutusmaksu on mielestäni väärä.',
                  'Maksu ei näy tiliotteella vaikka se on maksettu.'])[1 + n % 5] END,
           (ARRAY['invoices','accounts','vouchers','reminders','technical']::ticket_category[])[1 + n % 5],
           (ARRAY['low','normal','normal','high','urgent']::ticket_priority[])[1 + n % 5],
           s.status, ${lineArray}[1 + n % ${sql.raw(String(lines.length))}],
           CASE WHEN n % 3 = 0 THEN ${agentId}::uuid END,
           c.at, c.at,
           CASE WHEN s.status IN ('resolved','closed') THEN c.at + interval '1 day' END,
           CASE WHEN s.status = 'closed' THEN c.at + interval '8 days' END
    FROM generate_series(1, ${TICKETS}) n,
         LATERAL (SELECT date_trunc('milliseconds', timestamptz '2026-11-23 08:00Z' - n * interval '9 minutes') AS at) c,
         LATERAL (SELECT (CASE WHEN n <= 3000 THEN ARRAY['new','open','waiting_customer','waiting_third_party']
                               ELSE ARRAY['resolved','closed','closed','closed'] END)::ticket_status[] AS a) sa,
         LATERAL (SELECT sa.a[1 + n % 4] AS status) s`);
  await db.execute(sql`
    INSERT INTO support_ticket_events (ticket_id, at, action, status)
    SELECT id, created_at, 'support.ticket.created', 'new'::ticket_status FROM support_tickets`);
  await db.execute(sql`
    INSERT INTO support_ticket_events (ticket_id, at, action, status)
    SELECT id, created_at + interval '1 hour', 'support.ticket.status_changed', status FROM support_tickets WHERE status <> 'new'`);
  await db.execute(sql`ANALYZE`);
}

async function prepare() {
  if (h) return;
  const started = Date.now();
  h = await createHarness({ start: new Date("2026-11-23T10:00:00Z") });
  const db = h.deps.db;
  const agentId = h.demo.userIds[AGENT] ?? "";
  await seed(db, agentId, [h.demo.organizationIds.virtanen, h.demo.organizationIds.aalto, h.demo.organizationIds.operator]);
  const [line] = await queryRows<{ id: string }>(db, sql`SELECT id FROM support_lines WHERE code = 'invoices'`);
  const [one] = await queryRows<{ id: string }>(db, sql`SELECT id FROM support_tickets WHERE number = 150000`);
  const agent = await h.as(AGENT);
  const list = (input: WorkspaceListInput) =>
    agent.support.workspace.list(input.lineId === "$invoices" ? { ...input, lineId: line?.id ?? "" } : input);
  // The cursor of page 20 of the line queues, fetched once: the query measured is that page.
  let cursor: string | undefined;
  for (let i = 0; i < 19; i += 1) cursor = (await list(cursor ? { cursor } : {})).nextCursor ?? undefined;
  if (!cursor) throw new Error("fewer than 20 pages");
  const deep = cursor;
  if (process.env.BENCH_EXPLAIN) {
    // The plans of the hardest shapes as listQueue builds them, for diagnosis: BENCH_EXPLAIN=1 pnpm vitest bench --run <file>
    const shapes = [
      sql`status IN ('resolved','closed') AND created_at >= '2025-12-31T22:00:00Z' AND created_at < '2026-03-31T21:00:00Z'`,
      sql`status IN ('new','open','resolved','closed') AND (search @@ websearch_to_tsquery('finnish', 'laskun') OR subject ILIKE '%laskun%')`,
    ];
    const candidates = await queryRows<{ "QUERY PLAN": string }>(
      db,
      sql`EXPLAIN ANALYZE (SELECT id FROM support_tickets WHERE search @@ websearch_to_tsquery('finnish', 'kuittikopiot') LIMIT 1001)
          UNION (SELECT id FROM support_tickets WHERE subject ILIKE '%kuittikopiot%' LIMIT 1001) LIMIT 1001`,
    );
    console.log(candidates.map((r) => r["QUERY PLAN"]).join("\n"));
    for (const shape of shapes) {
      const plan = await queryRows<{ "QUERY PLAN": string }>(
        db,
        sql`EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM support_tickets t
            WHERE line_id IN (SELECT line_id FROM support_line_members WHERE user_id = ${agentId}) AND ${shape}
            ORDER BY created_at DESC, id DESC LIMIT 51`,
      );
      console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
    }
  }
  run = (q) =>
    q.input === "baseline"
      ? queryRows(db, sql`SELECT id, subject FROM support_tickets WHERE id = ${one?.id ?? ""}`)
      : q.input === "deep"
        ? list({ cursor: deep })
        : list(q.input);
  console.log(`ticket list bench: ${TICKETS} tickets ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

describe(`workspace ticket list and search over ${TICKETS} tickets (PostgreSQL)`, () => {
  let i = 0;
  bench(
    "support.workspace.list (queues, filters, search, deep page) with a bare point select as baseline",
    async () => {
      if (!run) throw new Error("not prepared");
      const query = QUERIES[i++ % QUERIES.length];
      if (!query) return;
      const t0 = performance.now();
      await run(query);
      const ms = performance.now() - t0;
      timings.set(query.name, [...(timings.get(query.name) ?? []), ms]);
    },
    {
      time: 0,
      iterations: QUERIES.length * 40,
      warmupTime: 0,
      warmupIterations: QUERIES.length * 2,
      setup: prepare,
      teardown: async (_task, mode) => {
        if (mode !== "run") return;
        const lists = [...timings].filter(([name]) => !name.startsWith("baseline")).flatMap(([, t]) => t);
        const all = lists.sort((a, b) => a - b);
        console.log(
          `ticket list p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms, n=${all.length}`,
        );
        for (const [name, list] of timings) {
          const sorted = [...list].sort((a, b) => a - b);
          console.log(
            `  ${name.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(2)} ms  p95 ${percentile(sorted, 95).toFixed(2)} ms`,
          );
        }
        await h?.dispose();
        h = undefined;
      },
    },
  );
});

import { queryRows } from "@reskontra/db";
import { sql } from "drizzle-orm";
import { bench, describe } from "vitest";
import { createHarness, type Harness } from "../../testing/harness";

/**
 * The requester's list and ticket page over 100 000 tickets on the real PostgreSQL, through the
 * real procedures: Ville's own 2 000 requests, his company admin's organization-wide 5 000, and one
 * ticket with its thread and linked numbers. The rest belong to another organization.
 */
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";
const TICKETS = 100_000;
const VILLE = "ville.virtanen@demo.reskontra.fi";
const ADMIN = "paakayttaja@demo.reskontra.fi";
const AINO = "aino.aalto@demo.reskontra.fi";

type Call = { name: string; run: () => Promise<unknown> };
let h: Harness | undefined;
let calls: Call[] = [];
const timings = new Map<string, number[]>();

async function prepare() {
  if (h) return;
  const started = Date.now();
  h = await createHarness();
  const db = h.deps.db;
  const ids = h.demo.userIds;
  const orgs = h.demo.organizationIds;
  // Ville 2 000, the admin 3 000 (both Virtanen's organization), Aino the rest (Aalto); a week of hours apart.
  await db.execute(sql`
    INSERT INTO support_tickets (organization_id, requester_user_id, requester_name, channel, subject, description, category, line_id, created_at, updated_at)
    SELECT CASE WHEN n <= 5000 THEN ${orgs.virtanen}::uuid ELSE ${orgs.aalto}::uuid END,
           CASE WHEN n <= 2000 THEN ${ids[VILLE]}::uuid WHEN n <= 5000 THEN ${ids[ADMIN]}::uuid ELSE ${ids[AINO]}::uuid END,
           'Bench', 'web', 'Lasku ' || (1000000 + n) || ' ei mennyt perille',
           'Laskun ' || (1000000 + n) || ' vastaanottaja ei saanut laskua verkkolaskuna, vaikka se lähetettiin.',
           (ARRAY['invoices','vouchers','reminders','accounts','technical'])[1 + n % 5]::ticket_category,
           (SELECT id FROM support_lines ORDER BY code LIMIT 1),
           timestamptz '2026-01-01' + n * interval '5 minutes', timestamptz '2026-01-01' + n * interval '5 minutes'
    FROM generate_series(1, ${TICKETS}) AS n`);
  await db.execute(sql`
    INSERT INTO support_ticket_messages (ticket_id, kind, author_user_id, body, created_at)
    SELECT id, 'customer', requester_user_id, description, created_at FROM support_tickets`);
  await db.execute(sql`ANALYZE`);
  const [one] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM support_tickets WHERE requester_user_id = ${ids[VILLE]} ORDER BY created_at DESC LIMIT 1`,
  );
  if (!one) throw new Error("no bench ticket");
  const [ville, admin] = await Promise.all([h.as(VILLE), h.as(ADMIN)]);
  calls = [
    { name: "list mine (2 000)", run: () => ville.support.tickets.list({}) },
    { name: "list organization (5 000)", run: () => admin.support.tickets.list({ scope: "organization" }) },
    { name: "get with links", run: () => ville.support.tickets.get({ ticketId: one.id }) },
  ];
  console.log(`tickets bench: ${TICKETS} tickets ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

describe(`the requester's tickets over ${TICKETS} tickets (PostgreSQL)`, () => {
  let i = 0;
  bench(
    "support.tickets.list / get",
    async () => {
      const call = calls[i++ % calls.length];
      if (!call) throw new Error("not prepared");
      const t0 = performance.now();
      await call.run();
      timings.set(call.name, [...(timings.get(call.name) ?? []), performance.now() - t0]);
    },
    {
      time: 0,
      iterations: 3 * 100,
      warmupTime: 0,
      warmupIterations: 3 * 3,
      setup: prepare,
      teardown: async (_task, mode) => {
        if (mode !== "run") return;
        for (const [name, list] of timings) {
          const sorted = [...list].sort((a, b) => a - b);
          console.log(
            `  ${name.padEnd(28)} p50 ${percentile(sorted, 50).toFixed(2)} ms  p95 ${percentile(sorted, 95).toFixed(2)} ms`,
          );
        }
        await h?.dispose();
        h = undefined;
      },
    },
  );
});

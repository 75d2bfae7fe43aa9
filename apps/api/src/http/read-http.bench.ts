import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { memberships, sessions, users } from "@reskontra/db";
import { reportGoal } from "@reskontra/db/testing";
import postgres from "postgres";
import { bench, describe } from "vitest";
import { hashPassword } from "../auth/password";
import { SESSION_IDLE_MS } from "../auth/policy";
import { digest, newSecret, SESSION_COOKIE } from "../auth/tokens";
import { createLogger } from "../logger";
import { createHarness, type Harness } from "../testing/harness";
import { hammer } from "./load";
import { buildServer, type ApiServer } from "./server";

/**
 * An authenticated read over HTTP with 50 keep-alive connections, each a signed-in user with a
 * session of their own: `auth.whoami` through the real
 * server (fastify, request guard, security headers, compression hook, the /trpc route, session
 * lookup, tRPC procedure, superjson), against a bare node:http + postgres.js server that does the
 * same lookup (session, user and roles by the cookie's digest) and answers the same JSON. Both run
 * on the same database in the same process, interleaved over ROUNDS rounds.
 */
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";
const CONNECTIONS = 50;
const ROUNDS = 3;
const ROUND_MS = Number(process.env.READ_BENCH_ROUND_MS ?? 5000);
const WARMUP_MS = 6000;

let h: Harness | undefined;
let product: ApiServer | undefined;
let bare: Server | undefined;
let sqlClient: postgres.Sql | undefined;

function bareServer(url: string, now: () => Date): { server: Server; sql: postgres.Sql } {
  const sql = postgres(url, { max: 20, onnotice: () => {} });
  const server = createServer((req, res) => {
    const cookie = /(?:^|;\s*)rsk_session=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
    if (!cookie) {
      res.writeHead(401).end();
      return;
    }
    sql`
      select s.expires_at, u.id, u.email, u.name, u.locale, u.user_number,
        coalesce((select json_agg(json_build_object('organizationId', o.id, 'role', m.role,
                   'organizationName', o.name, 'organizationKind', o.kind) order by m.created_at, m.id)
                  from memberships m join organizations o on o.id = m.organization_id
                  where m.user_id = u.id and o.deactivated_at is null), '[]'::json) as memberships
      from sessions s join users u on u.id = s.user_id and u.disabled_at is null
      where s.token_hash = ${digest(cookie)}`.then(
      ([row]: Record<string, unknown>[]) => {
        if (!row || new Date(row.expires_at as string) <= now()) {
          res.writeHead(401).end();
          return;
        }
        const user = { id: row.id, email: row.email, name: row.name, locale: row.locale, userNumber: row.user_number };
        const body = JSON.stringify({ result: { data: { json: { user, memberships: row.memberships, via: "session" } } } });
        res.writeHead(200, { "content-type": "application/json" }).end(body);
      },
      () => res.writeHead(500).end(),
    );
  });
  return { server, sql };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe(`authenticated read over HTTP, ${CONNECTIONS} connections (PostgreSQL)`, () => {
  bench(
    "auth.whoami: product vs bare node:http + postgres.js",
    async () => {
      if (!h || !product || !bare) throw new Error("not prepared");
      const organizationId = h.demo.organizationIds.virtanen;
      // Fifty people, each with a session of their own on their own connection, as in the office.
      const passwordHash = await hashPassword("bench-salasana");
      const readers = await h.database.db
        .insert(users)
        .values(
          Array.from({ length: CONNECTIONS }, (_, i) => ({
            email: `lukija${i}@example.fi`,
            name: `Lukija ${i}`,
            passwordHash,
            userNumber: String(299_900 + i),
          })),
        )
        .returning({ id: users.id });
      await h.database.db
        .insert(memberships)
        .values(readers.map((r) => ({ userId: r.id, organizationId, role: "user" as const })));
      const now = h.now.value;
      const tokens = readers.map(() => newSecret());
      await h.database.db.insert(sessions).values(
        readers.map((r, i) => ({
          tokenHash: digest(tokens[i] ?? ""),
          userId: r.id,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
        })),
      );
      const headers = tokens.map((token) => ({ cookie: `${SESSION_COOKIE}=${token}` }));
      const productUrl = `${await product.listen({ port: 0, host: "127.0.0.1" })}/trpc/auth.whoami`;
      const bareUrl = `${await listen(bare)}/`;
      // Warm both (JIT, prepared statements on every pooled connection) until steady: with 1.5 s the
      // product was still speeding up through the measured rounds (ratio 0.48, 0.56, 0.80).
      await hammer({ url: productUrl, headers, connections: CONNECTIONS, durationMs: WARMUP_MS });
      await hammer({ url: bareUrl, headers, connections: CONNECTIONS, durationMs: WARMUP_MS });
      const rounds: { product: number; bare: number; productP95: number; bareP95: number }[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const b = await hammer({ url: bareUrl, headers, connections: CONNECTIONS, durationMs: ROUND_MS });
        const p = await hammer({ url: productUrl, headers, connections: CONNECTIONS, durationMs: ROUND_MS });
        if (p.failed > 0 || b.failed > 0) throw new Error(`failed requests: product ${p.failed}, bare ${b.failed}`);
        rounds.push({ product: p.rps, bare: b.rps, productP95: p.p95, bareP95: b.p95 });
        console.log(
          `read round ${r + 1}: product ${p.rps.toFixed(0)} req/s (p95 ${p.p95.toFixed(1)} ms), bare ${b.rps.toFixed(0)} req/s (p95 ${b.p95.toFixed(1)} ms), ratio ${(p.rps / b.rps).toFixed(2)}`,
        );
      }
      const sum = (f: (r: (typeof rounds)[number]) => number) => rounds.reduce((a, r) => a + f(r), 0);
      const row = reportGoal({
        name: "authenticated read over HTTP (auth.whoami, 50 connections)",
        unit: "req/s",
        product: Math.round(sum((r) => r.product) / ROUNDS),
        baseline: Math.round(sum((r) => r.bare) / ROUNDS),
        goals: [{ kind: "ratio-at-least", value: 0.8 }],
      });
      console.log(`read: ${JSON.stringify(row)}`);
    },
    {
      time: 0,
      iterations: 1,
      warmupTime: 0,
      warmupIterations: 0,
      setup: async () => {
        if (h) return;
        h = await createHarness();
        // The production logger at its production level, writing nowhere: what a request logs is part of its cost.
        const logger = createLogger({ level: "info", destination: { write: () => undefined } });
        product = await buildServer({ deps: { ...h.deps, logger }, cookieSecure: "false" });
        const clock = h.now;
        ({ server: bare, sql: sqlClient } = bareServer(h.database.url, () => clock.value));
      },
      teardown: async (_task, mode) => {
        if (mode !== "run") return;
        await product?.close();
        await new Promise((resolve) => bare?.close(resolve));
        await sqlClient?.end({ timeout: 5 });
        await h?.dispose();
        h = undefined;
      },
    },
  );
});

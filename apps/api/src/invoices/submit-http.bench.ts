import { bench, describe } from "vitest";
import { SESSION_COOKIE } from "../auth/tokens";
import { postingClient } from "../http/load";
import { buildServer } from "../http/server";
import { CLIENTS, measureSubmits, once, type SubmitBatch, type SubmitFixture } from "./submit-bench-fixture";

/**
 * The same 50 concurrent submits as submit.bench.ts, but over HTTP: the real server with each
 * client's session cookie, the clients in a thread of their own (as a browser is not in the
 * server's process), against the same rows by SQL in the same run. The body is what the web app's
 * tRPC client sends for `invoices.submit` (superjson).
 */
async function viaHttp(f: SubmitFixture) {
  const app = await buildServer({ deps: f.h.deps, cookieSecure: "false" });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const client = postingClient(url);
  return {
    submitAll: async (batch: SubmitBatch) => {
      const { failed } = await client.postAll(
        batch.map((p) => {
          const session = f.clients[p.client]?.sessionToken;
          if (!session) throw new Error("no client for draft");
          return {
            path: "/trpc/invoices.submit",
            headers: { cookie: `${SESSION_COOKIE}=${session}` },
            body: JSON.stringify({ json: { invoiceId: p.invoiceId } }),
          };
        }),
      );
      if (failed > 0) throw new Error(`${failed} submits failed over HTTP`);
    },
    close: async () => {
      await client.close();
      await app.close();
    },
  };
}

describe(`invoice submit, ${CLIENTS} concurrent HTTP clients (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  bench(
    `${CLIENTS} submits at once for one user over HTTP, vs the same rows by SQL`,
    async () => await measureSubmits({ scenario: "one user", index: 3, via: "HTTP", submitter: viaHttp }),
    once,
  );
  bench(
    `${CLIENTS} submits at once by ${CLIENTS} users over HTTP, vs the same rows by SQL`,
    async () => await measureSubmits({ scenario: "50 users", index: 4, via: "HTTP", submitter: viaHttp }),
    once,
  );
});

import type { AppRouter } from "@reskontra/api";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import { bench, describe } from "vitest";
import { SESSION_COOKIE } from "../auth/tokens";
import { buildServer, type ApiServer } from "../http/server";
import { benchOptions, CLIENTS, prepareSubmitFixture, type SubmitFixture } from "./submit-bench-fixture";

/**
 * The same 50 concurrent submits as submit.bench.ts, but as 50 browser-like clients over HTTP
 * (fastify + tRPC's adapter, each with its own session cookie): the cost of the HTTP layer shows
 * as the gap between the two.
 */
let fixture: SubmitFixture | undefined;
let app: ApiServer | undefined;
let http: ReturnType<typeof createTRPCClient<AppRouter>>[] = [];

describe(`invoice submit, ${CLIENTS} concurrent HTTP clients (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  bench(
    `${CLIENTS} submits at once over HTTP`,
    async () => {
      const batch = fixture?.batches.pop();
      if (!batch) throw new Error("out of prepared drafts: raise BATCHES");
      await Promise.all(
        batch.map((p) => {
          const client = http[p.client];
          if (!client) throw new Error("no client for draft");
          return client.invoices.submit.mutate({ invoiceId: p.invoiceId });
        }),
      );
    },
    benchOptions(
      async () => {
        if (fixture) return;
        fixture = await prepareSubmitFixture();
        app = await buildServer({ deps: fixture.h.deps, cookieSecure: "false" });
        const url = await app.listen({ port: 0, host: "127.0.0.1" });
        http = fixture.clients.map((c) =>
          createTRPCClient<AppRouter>({
            links: [
              httpLink({
                url: `${url}/trpc`,
                transformer: superjson,
                headers: { cookie: `${SESSION_COOKIE}=${c.sessionToken}` },
              }),
            ],
          }),
        );
      },
      async () => {
        await app?.close();
        await fixture?.h.dispose();
      },
    ),
  );
});

import { bench, describe } from "vitest";
import { benchOptions, CLIENTS, prepareSubmitFixture, type SubmitFixture } from "./submit-bench-fixture";

/**
 * Submits per second with 50 concurrent clients through the procedures themselves (createCaller,
 * no HTTP), on the database of TEST_DATABASE_URL: hz × 50 = submits per second.
 */
let fixture: SubmitFixture | undefined;

describe(`invoice submit, ${CLIENTS} concurrent clients, createCaller (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  bench(
    `${CLIENTS} submits at once`,
    async () => {
      const batch = fixture?.batches.pop();
      if (!fixture || !batch) throw new Error("out of prepared drafts: raise BATCHES");
      const { clients } = fixture;
      await Promise.all(
        batch.map((p) => {
          const client = clients[p.client];
          if (!client) throw new Error("no client for draft");
          return client.caller.invoices.submit({ invoiceId: p.invoiceId });
        }),
      );
    },
    // vitest's bench runner skips describe-level hooks; tinybench's setup/teardown carry the fixture.
    benchOptions(
      async () => {
        fixture ??= await prepareSubmitFixture();
      },
      async () => {
        await fixture?.h.dispose();
      },
    ),
  );
});

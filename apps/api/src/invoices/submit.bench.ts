import { bench, describe } from "vitest";
import { CLIENTS, measureSubmits, once, type SubmitBatch, type SubmitFixture } from "./submit-bench-fixture";

/**
 * Submits per second with 50 concurrent clients through the procedures themselves (createCaller,
 * no HTTP), on the database of TEST_DATABASE_URL, against the same rows written by one SQL
 * statement per invoice (lock, number from the user's sequence, 7-3-1 reference, buyer snapshot,
 * audit row), 50 at once, rounds interleaved in the same run: reported with reportGoal. Two cases:
 * all 50 for one user (they queue for that user's next number) and 50 users.
 */
const viaCaller = async (f: SubmitFixture) => ({
  submitAll: async (batch: SubmitBatch) => {
    await Promise.all(
      batch.map((p) => {
        const caller = f.clients[p.client]?.caller;
        if (!caller) throw new Error("no client for draft");
        return caller.invoices.submit({ invoiceId: p.invoiceId });
      }),
    );
  },
});

describe(`invoice submit, ${CLIENTS} concurrent clients, createCaller (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  bench(
    `${CLIENTS} submits at once for one user, vs the same rows by SQL`,
    async () => await measureSubmits({ scenario: "one user", index: 1, via: "createCaller", submitter: viaCaller }),
    once,
  );
  bench(
    `${CLIENTS} submits at once by ${CLIENTS} users, vs the same rows by SQL`,
    async () => await measureSubmits({ scenario: "50 users", index: 2, via: "createCaller", submitter: viaCaller }),
    once,
  );
});

import { memberships, users } from "@reskontra/db";
import { bench, describe } from "vitest";
import { hashPassword } from "../auth/password";
import { createHarness, type Harness } from "../testing/harness";
import { draftFor } from "./invoice-fixtures";

/**
 * Submits per second with 50 concurrent clients: 50 users, each submitting one prepared draft at the
 * same moment, through the real procedures (createCaller) on the database of TEST_DATABASE_URL.
 */
const CLIENTS = 50;
let h: Harness | undefined;
let callers: { caller: Awaited<ReturnType<Harness["as"]>>; organizationId: string; customerId: string }[] = [];
/** Drafts prepared up front, one batch (a draft per client) per measured iteration. */
const BATCHES = 30;
let batches: { index: number; invoiceId: string }[][] = [];

describe(`invoice submit, ${CLIENTS} concurrent clients (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  // vitest's bench runner skips describe-level hooks; tinybench's setup/teardown carry the fixture.
  async function prepare() {
    if (h) return;
    h = await createHarness();
    const passwordHash = await hashPassword("bench-salasana");
    const organizationId = h.demo.organizationIds.virtanen;
    for (let i = 0; i < CLIENTS; i++) {
      const email = `bench${i}@example.fi`;
      const [user] = await h.database.db
        .insert(users)
        .values({ email, name: `Bench ${i}`, passwordHash, userNumber: String(200000 + i) })
        .returning();
      if (!user) throw new Error("no user");
      await h.database.db.insert(memberships).values({ userId: user.id, organizationId, role: "user" });
      const caller = await h.callerWithSession(await h.signIn(email, "bench-salasana"));
      const customer = await caller.customers.create({
        organizationId,
        customerNumber: "1",
        name: `Asiakas ${i}`,
        isPerson: true,
        street: "Katu 1",
        postalCode: "00100",
        city: "Helsinki",
        email: `asiakas${i}@example.fi`,
      });
      callers.push({ caller, organizationId, customerId: customer.id });
    }
    for (let b = 0; b < BATCHES; b++) {
      batches.push(
        await Promise.all(
          callers.map(async (c, index) => ({
            index,
            invoiceId: (await c.caller.invoices.create({ organizationId: c.organizationId, ...draftFor(c.customerId) })).id,
          })),
        ),
      );
    }
  }

  bench(
    `${CLIENTS} submits at once`,
    async () => {
      const batch = batches.pop();
      if (!batch) throw new Error("out of prepared drafts: raise BATCHES");
      await Promise.all(
        batch.map((p) => {
          const client = callers[p.index];
          if (!client) throw new Error("no client for draft");
          return client.caller.invoices.submit({ invoiceId: p.invoiceId });
        }),
      );
    },
    // Exactly BATCHES - 2 measured runs after 2 warm-ups; hz × 50 = submits per second.
    {
      time: 0,
      iterations: BATCHES - 2,
      warmupTime: 0,
      warmupIterations: 2,
      setup: prepare,
      teardown: async (_task, mode) => {
        if (mode !== "run") return;
        callers = [];
        batches = [];
        await h?.dispose();
      },
    },
  );
});

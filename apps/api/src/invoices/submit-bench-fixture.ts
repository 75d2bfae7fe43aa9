import { memberships, users } from "@reskontra/db";
import { hashPassword } from "../auth/password";
import { createHarness, type Harness } from "../testing/harness";
import { draftFor } from "./invoice-fixtures";

export const CLIENTS = 50;
/** One batch (a draft per client) per measured iteration, plus two warm-ups. */
export const BATCHES = 30;

export interface SubmitFixture {
  h: Harness;
  organizationId: string;
  clients: { sessionToken: string; caller: Awaited<ReturnType<Harness["as"]>> }[];
  /** Prepared drafts; each iteration pops one batch. */
  batches: { client: number; invoiceId: string }[][];
}

/**
 * 50 users of one company, each signed in, each with a customer and BATCHES drafts ready, so the
 * measured part is only the submit (number allocation, reference, snapshot, audit).
 */
export async function prepareSubmitFixture(): Promise<SubmitFixture> {
  const h = await createHarness();
  const passwordHash = await hashPassword("bench-salasana");
  const organizationId = h.demo.organizationIds.virtanen;
  const clients: SubmitFixture["clients"] = [];
  const customerIds: string[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const email = `bench${i}@example.fi`;
    const [user] = await h.database.db
      .insert(users)
      .values({ email, name: `Bench ${i}`, passwordHash, userNumber: String(200000 + i) })
      .returning();
    if (!user) throw new Error("no user");
    await h.database.db.insert(memberships).values({ userId: user.id, organizationId, role: "user" });
    const sessionToken = await h.signIn(email, "bench-salasana");
    const caller = await h.callerWithSession(sessionToken);
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
    clients.push({ sessionToken, caller });
    customerIds.push(customer.id);
  }
  const batches: SubmitFixture["batches"] = [];
  for (let b = 0; b < BATCHES; b++) {
    batches.push(
      await Promise.all(
        clients.map(async (c, client) => {
          const customerId = customerIds[client];
          if (!customerId) throw new Error("no customer");
          return { client, invoiceId: (await c.caller.invoices.create({ organizationId, ...draftFor(customerId) })).id };
        }),
      ),
    );
  }
  return { h, organizationId, clients, batches };
}

export const benchOptions = (setup: () => Promise<void>, teardown: () => Promise<void>) => ({
  time: 0,
  iterations: BATCHES - 2,
  warmupTime: 0,
  warmupIterations: 2,
  setup,
  teardown: async (_task: unknown, mode: string) => {
    if (mode === "run") await teardown();
  },
});

import { queryRows, supportCallbacks, supportCalls, supportTicketIdentifiers, supportTickets } from "@reskontra/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing";
import { seedDemo } from "./seed-demo";

const TABLES = [
  "support_tickets",
  "support_ticket_messages",
  "support_ticket_events",
  "support_calls",
  "support_callbacks",
  "outgoing_mails",
  "audit_log",
] as const;

describe("the support demo data", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.dispose());

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await queryRows<{ n: number }>(h.deps.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
      out[table] = Number(row?.n);
    }
    return out;
  }

  it("gives the desk requests in every open status, a call, a due callback and a linked invoice number", async () => {
    const tickets = await h.deps.db.select().from(supportTickets);
    expect(new Set(tickets.map((t) => t.status))).toEqual(
      new Set(["new", "open", "waiting_customer", "waiting_third_party", "resolved"]),
    );
    expect(new Set(tickets.map((t) => t.channel))).toEqual(new Set(["web", "email", "phone"]));
    expect(tickets.every((t) => t.createdAt < h.deps.clock())).toBe(true);
    expect(await h.deps.db.select().from(supportCalls)).not.toHaveLength(0);
    const callbacks = await h.deps.db.select().from(supportCallbacks);
    expect(callbacks.map((c) => c.status)).toEqual(["due"]);
    const identifiers = await h.deps.db.select().from(supportTicketIdentifiers);
    expect(identifiers.map((i) => i.value)).toContain("1001029004");
    const ville = await h.as("ville.virtanen@demo.reskontra.fi");
    const mine = await ville.support.tickets.list({});
    expect(mine.map((t) => t.subject)).toContain("Lasku 1001029004 näyttää väärää eräpäivää");
  });

  it("is seeded once: running the seed again adds nothing", async () => {
    const before = await counts();
    await seedDemo(h.deps.db, h.deps.clock());
    expect(await counts()).toEqual(before);
  });
});

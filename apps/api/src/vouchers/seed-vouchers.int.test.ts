import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed/seed-demo";
import { createHarness, type Harness } from "../testing/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.dispose());

const TABLES = [
  "voucher_clients",
  "voucher_purchasing_powers",
  "voucher_events",
  "voucher_bookings",
  "voucher_service_team_rights",
  "voucher_service_prices",
  "voucher_credit_reasons",
  "voucher_client_numbers",
] as const;

async function counts() {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await queryRows<{ n: string | number }>(h.deps.db, sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`);
    out[table] = Number(row?.n);
  }
  return out;
}

describe("the voucher demo data", () => {
  it("is seeded once: running the seed again adds nothing", async () => {
    const before = await counts();
    expect(before.voucher_clients).toBe(4);
    await seedDemo(h.deps.db, h.deps.clock());
    expect(await counts()).toEqual(before);
  });
});

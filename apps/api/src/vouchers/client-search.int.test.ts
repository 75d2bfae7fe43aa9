import { refreshVisibleClients } from "@reskontra/usecases/vouchers";
import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { insertClients } from "./bench-data";
import { voucherActors } from "./voucher-fixtures";

/**
 * Client search finds the same clients on PGlite and on PostgreSQL (CI runs this file on both): "ä"
 * and "Ä" fold to each other in ILIKE and in trigrams on both, "a" is not "ä", and data generated
 * for the bench picks its visible clients in generation order, so both engines count the same hits.
 * (The bench once counted 21 vs 22 "Mäkinen Liisa": it chose clients by their random ids.)
 */
let h: Harness;
const NAMES: string[] = [
  "Liisa Mäkinen",
  "LIISA MÄKINEN",
  "liisa mäkinen",
  "Liisa Makinen",
  "Onni Hämäläinen",
  "ONNI HÄMÄLÄINEN",
  "Onni Hamalainen",
];

const namesArray = sql`ARRAY[${sql.join(
  NAMES.map((name) => sql`${name}`),
  sql`, `,
)}]::text[]`;

beforeAll(async () => {
  h = await createHarness({ start: new Date("2026-11-23T10:00:00Z") });
  const db = h.deps.db;
  const organizer = h.demo.organizationIds.pirkanmaa;
  const provider = h.demo.organizationIds.virtanen;
  await insertClients(db, organizer, 4000);
  await db.execute(sql`
    INSERT INTO voucher_clients (organization_id, name, hetu_ciphertext, hetu_hash, hetu_masked)
    SELECT ${organizer}, name, '\\x00'::bytea, md5('named' || name), '010101A***' FROM unnest(${namesArray}) AS name`);
  const [service] = await queryRows<{ id: string }>(db, sql`SELECT id FROM voucher_services WHERE code = 'KOTIHOITO'`);
  const [user] = await queryRows<{ id: string }>(db, sql`SELECT id FROM users WHERE user_number = '100102'`);
  if (!service || !user) throw new Error("seed missing");
  // As the bench does: every 25th generated client (in generation order) and every named one gets a
  // voucher and a recent event with the provider.
  await db.execute(sql`
    INSERT INTO voucher_purchasing_powers (organization_id, client_id, service_id, provider_id, voucher_number, kind,
      unit_value_cents, quantity_milli, valid_from, valid_to, status)
    SELECT ${organizer}, id, ${service.id}, ${provider}, 'PT-' || n, 'units', 4000, 40000, '2020-01-01', '2027-12-31', 'open'
    FROM (SELECT id, row_number() OVER (ORDER BY hetu_hash) AS n
          FROM voucher_clients WHERE hetu_masked = '010101A***') c
    WHERE n % 25 = 0 OR id IN (SELECT id FROM voucher_clients WHERE name = ANY(${namesArray}))`);
  await db.execute(sql`
    INSERT INTO voucher_events (organization_id, provider_id, recorded_by, client_id, purchasing_power_id, service_id,
      starts_at, ends_at, event_date, content, units_milli, unit_price_cents, price_cents, voucher_value_cents,
      co_payment_cents, state)
    SELECT ${organizer}, ${provider}, ${user.id}, p.client_id, p.id, p.service_id, '2025-06-01'::timestamptz,
           '2025-06-01'::timestamptz + interval '1 hour', '2025-06-01', 'Käynti', 1000, 4800, 4800, 4000, 800, 'paid'
    FROM voucher_purchasing_powers p WHERE p.voucher_number LIKE 'PT-%'`);
  await refreshVisibleClients({ db }, { today: "2026-11-23" });
}, 400_000);

afterAll(async () => {
  await h.dispose();
});

async function namesFound(query: string): Promise<string[]> {
  const { ville, provider } = await voucherActors(h);
  const { hits } = await ville.vouchers.provider.searchClients({ ...provider, query });
  return hits
    .map((hit) => hit.name)
    .filter((name) => NAMES.includes(name))
    .sort();
}

describe("client search with ä, the same on PGlite and PostgreSQL", () => {
  it("folds Ä and ä into each other, in the query and in the name, and keeps a from ä", async () => {
    expect(await namesFound("mäkinen liisa")).toEqual(["LIISA MÄKINEN", "Liisa Mäkinen", "liisa mäkinen"]);
    expect(await namesFound("MÄKINEN")).toEqual(["LIISA MÄKINEN", "Liisa Mäkinen", "liisa mäkinen"]);
    expect(await namesFound("Makinen")).toEqual(["Liisa Makinen"]);
    expect(await namesFound("Hämäläinen Onni")).toEqual(["ONNI HÄMÄLÄINEN", "Onni Hämäläinen"]);
  });

  it("counts the bench's generated names the same on both engines", async () => {
    const { ville, provider } = await voucherActors(h);
    // 4 000 generated clients, every 25th visible: these counts are fixed by the generation order alone.
    const counts: Record<string, number> = {};
    for (const query of ["Mäkinen", "Hämäläinen", "Väinö", "Jääskeläinen Aino"]) {
      counts[query] = (await ville.vouchers.provider.searchClients({ ...provider, query })).hits.filter(
        (hit) => !NAMES.includes(hit.name),
      ).length;
    }
    const [expected] = await queryRows<Record<string, number>>(
      h.deps.db,
      sql`SELECT
            count(*) FILTER (WHERE c.name ILIKE '%mäkinen%')::int AS "Mäkinen",
            count(*) FILTER (WHERE c.name ILIKE '%hämäläinen%')::int AS "Hämäläinen",
            count(*) FILTER (WHERE c.name ILIKE '%väinö%')::int AS "Väinö",
            count(*) FILTER (WHERE c.name ILIKE '%jääskeläinen%' AND c.name ILIKE '%aino%')::int AS "Jääskeläinen Aino"
          FROM voucher_clients c JOIN voucher_purchasing_powers p ON p.client_id = c.id AND p.voucher_number LIKE 'PT-%'
          WHERE NOT c.name = ANY(${namesArray})`,
    );
    expect(counts).toEqual(Object.fromEntries(Object.entries(expected ?? {}).map(([k, v]) => [k, Math.min(Number(v), 25)])));
  });
});

import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { refreshVisibleClients } from "@reskontra/usecases/vouchers";
import { AINO, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

describe("client search and the visibility rule", () => {
  it("finds a client by name (trigram), identity code (exact) and voucher number, masking the code", async () => {
    const { ville, provider } = await voucherActors(h);
    const byName = await ville.vouchers.provider.searchClients({ ...provider, query: "meikäl" });
    expect(byName).toMatchObject({
      kind: "name",
      hits: [{ name: "Matti Meikäläinen", hetuMasked: "120345-***", customerNumber: "V-1002" }],
    });
    const byTwoWords = await ville.vouchers.provider.searchClients({ ...provider, query: "matti meik" });
    expect(byTwoWords.hits.map((c) => c.name)).toEqual(["Matti Meikäläinen"]);
    const byHetu = await ville.vouchers.provider.searchClients({ ...provider, query: "120345-9159" });
    expect(byHetu).toMatchObject({ kind: "hetu", hits: [{ name: "Matti Meikäläinen" }] });
    expect(JSON.stringify(byHetu)).not.toMatch(/-9159(?![0-9a-f-])/i);
    const byVoucher = await ville.vouchers.provider.searchClients({ ...provider, query: "ps-2026-0003" });
    expect(byVoucher).toMatchObject({ kind: "voucher", hits: [{ name: "Matti Meikäläinen" }] });
    // A near miss of the code finds nothing: the match is exact on the keyed hash.
    const nearMiss = await ville.vouchers.provider.searchClients({ ...provider, query: "120345-915" });
    expect(nearMiss.hits).toEqual([]);
  });

  it("does not find a client whose only event with the provider is over 3 years old", async () => {
    const { ville, provider } = await voucherActors(h);
    for (const query of ["Vanhanen", "050538-941D", "PS-2022-0099"]) {
      expect((await ville.vouchers.provider.searchClients({ ...provider, query })).hits, query).toEqual([]);
    }
    const oskari = await powerOf(h, "PS-2022-0099");
    await expectRefusal(
      ville.vouchers.provider.client({ ...provider, clientId: oskari.clientId }),
      "NOT_FOUND",
      "CLIENT_NOT_FOUND",
    );
    await expectRefusal(
      ville.vouchers.provider.events({ ...provider, clientId: oskari.clientId }),
      "NOT_FOUND",
      "CLIENT_NOT_FOUND",
    );
  });

  it("finds a client with no events through a service-team right, and shows her balance power", async () => {
    const { ville, provider } = await voucherActors(h);
    const found = await ville.vouchers.provider.searchClients({ ...provider, query: "Liisa" });
    expect(found.hits).toMatchObject([{ name: "Liisa Laine", hetuMasked: "230562-***", customerNumber: null }]);
    const [hit] = found.hits;
    if (!hit) throw new Error("not found");
    const balances = await ville.vouchers.provider.balancePowers({ ...provider, clientId: hit.id });
    expect(balances).toMatchObject([{ voucherNumber: "PS-2026-0004", balanceCents: 100000, remainingCents: 100000 }]);
  });

  it("shows another provider nothing of these clients", async () => {
    const aino = await h.as(AINO);
    const aalto = { organizationId: h.demo.organizationIds.aalto };
    for (const query of ["Meikäläinen", "120345-9159", "PS-2026-0002", "Liisa"]) {
      expect((await aino.vouchers.provider.searchClients({ ...aalto, query })).hits, query).toEqual([]);
    }
    const matti = await powerOf(h, "PS-2026-0002");
    await expectRefusal(aino.vouchers.provider.client({ ...aalto, clientId: matti.clientId }), "NOT_FOUND", "CLIENT_NOT_FOUND");
  });

  it("gives the provider the five tabs of a client", async () => {
    const { ville, provider } = await voucherActors(h);
    const matti = await powerOf(h, "PS-2026-0002");
    const args = { ...provider, clientId: matti.clientId };
    expect(await ville.vouchers.provider.client(args)).toMatchObject({ name: "Matti Meikäläinen", hetuMasked: "120345-***" });
    expect(await ville.vouchers.provider.purchasingPowers(args)).toMatchObject([
      { voucherNumber: "PS-2026-0002", quantity: 40, usedUnits: 3.5, remainingUnits: 36.5, unitValueCents: 4000 },
    ]);
    expect(await ville.vouchers.provider.balancePowers(args)).toMatchObject([
      { voucherNumber: "PS-2026-0003", balanceCents: 150000, usedCents: 10500 },
    ]);
    expect(await ville.vouchers.provider.bookings(args)).toMatchObject([
      { voucherNumber: "PS-2026-0002", content: "Aamukäynti" },
    ]);
    const events = await ville.vouchers.provider.events(args);
    expect(events).toHaveLength(3);
    const statement = await ville.vouchers.provider.coPaymentStatement({
      ...args,
      serviceId: matti.serviceId,
      from: "2026-11-01",
      to: "2026-11-30",
    });
    // 2 h and 1,5 h of home care at 48,00 € with a 40,00 € voucher: co-payments 16,00 € and 12,00 €.
    expect(statement.totals).toEqual({ priceCents: 16800, voucherValueCents: 14000, coPaymentCents: 2800 });
  });

  // Last: it ends Liisa's right. The search index (voucher_visible_clients) only ever widens; the exact
  // rule is re-checked on its rows, so an index row outliving its right reveals nothing.
  it("keeps name search exact when the search index is stale, and the refresh prunes it", async () => {
    const { ville, provider } = await voucherActors(h);
    const providerId = h.demo.organizationIds.virtanen;
    await h.deps.db.execute(sql`UPDATE voucher_service_team_rights SET valid_to = '2026-11-22' WHERE team_name IS NOT NULL
      AND client_id IN (SELECT id FROM voucher_clients WHERE name = 'Liisa Laine')`);
    const indexRows = sql`SELECT count(*)::int AS n FROM voucher_visible_clients v JOIN voucher_clients c ON c.id = v.client_id
      WHERE v.provider_id = ${providerId} AND c.name = 'Liisa Laine'`;
    expect(await queryRows<{ n: number }>(h.deps.db, indexRows)).toEqual([{ n: 1 }]);
    expect((await ville.vouchers.provider.searchClients({ ...provider, query: "Liisa" })).hits).toEqual([]);
    await refreshVisibleClients(h.deps, { today: "2026-11-23" });
    expect(await queryRows<{ n: number }>(h.deps.db, indexRows)).toEqual([{ n: 0 }]);
    const matti = await ville.vouchers.provider.searchClients({ ...provider, query: "meikäl" });
    expect(matti.hits.map((c) => c.name)).toEqual(["Matti Meikäläinen"]);
  });
});

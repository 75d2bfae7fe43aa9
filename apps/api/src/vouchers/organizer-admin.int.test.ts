import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { hki, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: new Date("2026-11-23T08:00:00Z") });
});
afterAll(async () => h?.dispose());

async function auditActions(action: string) {
  return queryRows<{ n: number }>(h.deps.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`);
}

/** A client of another county, created behind the api: the organizer under test must never reach it. */
async function otherCountyClient() {
  const [org] = await queryRows<{ id: string }>(
    h.deps.db,
    sql`INSERT INTO organizations (kind, name) VALUES ('organizer', 'Toinen hyvinvointialue') RETURNING id`,
  );
  if (!org) throw new Error("no org");
  const [client] = await queryRows<{ id: string }>(
    h.deps.db,
    sql`INSERT INTO voucher_clients (organization_id, name, hetu_ciphertext, hetu_hash, hetu_masked)
        VALUES (${org.id}, 'Toisen Asiakas', '\\x00'::bytea, 'other-county', '010101A***') RETURNING id`,
  );
  if (!client) throw new Error("no client");
  return client.id;
}

describe("organizer admin: clients, powers, rights, bookings, settings", () => {
  it("creates a client, refusing an invalid identity code at the field, and audits only the mask", async () => {
    const { olli, organizer } = await voucherActors(h);
    const bad = await expectRefusal(
      olli.vouchers.organizer.createClient({ ...organizer, name: "Testi Henkilö", hetu: "010101-1231" }),
      "BAD_REQUEST",
      "HETU_CHECKSUM_INVALID",
    );
    expect(bad.data.field).toBe("hetu");
    const created = await olli.vouchers.organizer.createClient({ ...organizer, name: "Testi Henkilö", hetu: "131052-308T" });
    const seen = await olli.vouchers.organizer.client({ ...organizer, clientId: created.id });
    expect(seen).toMatchObject({ name: "Testi Henkilö", hetu: "131052-308T", hetuMasked: "131052-***" });
    const taken = await expectRefusal(
      olli.vouchers.organizer.createClient({ ...organizer, name: "Toinen", hetu: "131052-308T" }),
      "CONFLICT",
      "HETU_TAKEN",
    );
    expect(taken.data.field).toBe("hetu");
    const audit = await queryRows<{ after: unknown }>(
      h.deps.db,
      sql`SELECT after FROM audit_log WHERE action = 'voucher.client.created' AND entity_id = ${created.id}`,
    );
    expect(JSON.stringify(audit)).not.toContain("308T");
  });

  it("refuses a provider user the organizer's procedures", async () => {
    const { ville, provider } = await voucherActors(h);
    await expectRefusal(
      ville.vouchers.organizer.createClient({ ...provider, name: "X", hetu: "131052-308T" }),
      "FORBIDDEN",
      "ROLE_FORBIDDEN",
    );
  });

  it("refuses another county's client for powers, rights and bookings", async () => {
    const { olli, organizer } = await voucherActors(h);
    const clientId = await otherCountyClient();
    const matti = await powerOf(h, "PS-2026-0002");
    const grant = await expectRefusal(
      olli.vouchers.organizer.grantPurchasingPower({
        ...organizer,
        clientId,
        serviceId: matti.serviceId,
        voucherNumber: "PS-2026-9001",
        kind: "units",
        unitValueCents: 4000,
        quantity: 10,
        validFrom: "2026-11-01",
        validTo: "2027-10-31",
      }),
      "NOT_FOUND",
      "CLIENT_NOT_FOUND",
    );
    expect(grant.data.field).toBe("clientId");
    await expectRefusal(
      olli.vouchers.organizer.grantServiceTeamRight({
        ...organizer,
        clientId,
        serviceId: matti.serviceId,
        providerId: h.demo.organizationIds.virtanen,
        teamName: "Tiimi",
        validFrom: "2026-11-01",
      }),
      "NOT_FOUND",
      "CLIENT_NOT_FOUND",
    );
    const booking = await expectRefusal(
      olli.vouchers.organizer.createBooking({
        ...organizer,
        clientId,
        purchasingPowerId: matti.id,
        providerId: h.demo.organizationIds.virtanen,
        startsAt: hki("2026-12-01T10:00").toISOString(),
        endsAt: hki("2026-12-01T11:00").toISOString(),
        content: "Aamukäynti",
      }),
      "NOT_FOUND",
      "PURCHASING_POWER_NOT_FOUND",
    );
    expect(booking.data.field).toBe("purchasingPowerId");
  });

  it("books a service, which makes the client visible to the provider, with an audit row", async () => {
    const { olli, ville, organizer, provider } = await voucherActors(h);
    const client = await olli.vouchers.organizer.createClient({ ...organizer, name: "Kerttu Varattu", hetu: "010150-123A" });
    const matti = await powerOf(h, "PS-2026-0002");
    const power = await olli.vouchers.organizer.grantPurchasingPower({
      ...organizer,
      clientId: client.id,
      serviceId: matti.serviceId,
      voucherNumber: "PS-2026-9002",
      kind: "balance",
      unitValueCents: 0,
      balanceCents: 50000,
      validFrom: "2026-11-01",
      validTo: "2027-10-31",
    });
    expect((await ville.vouchers.provider.searchClients({ ...provider, query: "Kerttu Varattu" })).hits).toEqual([]);
    const backwards = await expectRefusal(
      olli.vouchers.organizer.createBooking({
        ...organizer,
        clientId: client.id,
        purchasingPowerId: power.id,
        providerId: h.demo.organizationIds.virtanen,
        startsAt: hki("2026-12-01T11:00").toISOString(),
        endsAt: hki("2026-12-01T10:00").toISOString(),
        content: "Siivous",
      }),
      "BAD_REQUEST",
      "EVENT_TIME_INVALID",
    );
    expect(backwards.data.field).toBe("endsAt");
    const empty = await expectRefusal(
      olli.vouchers.organizer.createBooking({
        ...organizer,
        clientId: client.id,
        purchasingPowerId: power.id,
        providerId: h.demo.organizationIds.virtanen,
        startsAt: hki("2026-12-01T10:00").toISOString(),
        endsAt: hki("2026-12-01T11:00").toISOString(),
        content: " ",
      }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(empty.data.field).toBe("content");
    await olli.vouchers.organizer.createBooking({
      ...organizer,
      clientId: client.id,
      purchasingPowerId: power.id,
      providerId: h.demo.organizationIds.virtanen,
      startsAt: hki("2026-12-01T10:00").toISOString(),
      endsAt: hki("2026-12-01T11:00").toISOString(),
      content: "Siivous",
    });
    const found = await ville.vouchers.provider.searchClients({ ...provider, query: "Kerttu Varattu" });
    expect(found.hits.map((c) => c.name)).toEqual(["Kerttu Varattu"]);
    expect(await auditActions("voucher.booking.created")).toEqual([{ n: 1 }]);
  });

  it("edits the settings with credit reason codes, refusing a settlement day outside 4–8 at the field", async () => {
    const { olli, organizer } = await voucherActors(h);
    const outside = await expectRefusal(
      olli.vouchers.organizer.updateSettings({ ...organizer, settlementDay: 9, autoApprove: true }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(outside.data.field).toBe("settlementDay");
    const duplicate = await expectRefusal(
      olli.vouchers.organizer.updateSettings({
        ...organizer,
        settlementDay: 6,
        autoApprove: true,
        creditReasons: [
          { code: "HINTA", labelFi: "Hinta", labelEn: "Price" },
          { code: "hinta", labelFi: "Hinta 2", labelEn: "Price 2" },
        ],
      }),
      "CONFLICT",
      "CREDIT_REASON_CODE_TAKEN",
    );
    expect(duplicate.data.field).toBe("creditReasons.1.code");
    expect(duplicate.message).toBe("Syykoodi HINTA on listassa kahdesti. Anna jokaiselle syylle oma koodi.");
    const saved = await olli.vouchers.organizer.updateSettings({
      ...organizer,
      settlementDay: 6,
      autoApprove: true,
      creditReasons: [
        { code: "HINTA", labelFi: "Hinta tai määrä virheellinen", labelEn: "Wrong price or quantity" },
        { code: "uusi", labelFi: "Uusi syy", labelEn: "New reason" },
      ],
    });
    expect(saved).toMatchObject({ settlementDay: 6, autoApprove: true });
    expect(saved.creditReasons.map((r) => r.code)).toEqual(["HINTA", "UUSI"]);
    expect(await auditActions("voucher.settings.updated")).toEqual([{ n: 1 }]);
  });

  it("finds the county's own clients by name or identity code, lists providers and a client's powers", async () => {
    const { olli, ville, organizer, provider } = await voucherActors(h);
    const byName = await olli.vouchers.organizer.clients({ ...organizer, query: "liisa lai" });
    expect(byName).toMatchObject([{ name: "Liisa Laine", hetuMasked: "230562-***" }]);
    const [liisa] = byName;
    if (!liisa) throw new Error("not found");
    expect(await olli.vouchers.organizer.clients({ ...organizer, query: "230562-928T" })).toMatchObject([{ id: liisa.id }]);
    expect(await olli.vouchers.organizer.clients({ ...organizer, query: "Toisen Asiakas" })).toEqual([]);
    const powers = await olli.vouchers.organizer.clientPowers({ ...organizer, clientId: liisa.id });
    expect(powers.map((p) => p.voucherNumber)).toEqual(["PS-2026-0004"]);
    const providers = await olli.vouchers.organizer.providers(organizer);
    expect(providers.map((p) => p.id)).toContain(h.demo.organizationIds.virtanen);
    await expectRefusal(ville.vouchers.organizer.clients({ ...provider, query: "Liisa" }), "FORBIDDEN", "ROLE_FORBIDDEN");
  });
});

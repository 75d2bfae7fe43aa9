import { eq } from "drizzle-orm";
import { users } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { addSecondTenant, SECOND_TENANT_PEOPLE, type SecondTenant } from "../testing/second-tenant";
import { eventAt, hki, OLLI, powerOf, VILLE, voucherActors } from "./voucher-fixtures";

let h: Harness;
let b: SecondTenant;
beforeAll(async () => {
  h = await createHarness();
  b = await addSecondTenant(h.deps.db);
});
afterAll(async () => h?.dispose());

const nameOf = async (email: string) =>
  (await h.deps.db.select({ name: users.name }).from(users).where(eq(users.email, email)))[0]?.name;

describe("the organizer's event search by period, service and state", () => {
  it("finds Matti's home-care visits of 5–30 November only, and the service filter leaves out the cleaning", async () => {
    const { olli, organizer } = await voucherActors(h);
    const homeCare = await powerOf(h, "PS-2026-0002");
    const period = { from: "2026-11-05", to: "2026-11-30" };
    const found = await olli.vouchers.organizer.events({ ...organizer, clientId: homeCare.clientId, ...period });
    // The seed's 10 November home-care visit and 12 November cleaning; 3 November is before the period.
    expect(found.map((e) => [e.eventDate, e.serviceName]).sort()).toEqual([
      ["2026-11-10", "Säännöllinen kotihoito"],
      ["2026-11-12", "Siivouspalvelu"],
    ]);
    const byService = await olli.vouchers.organizer.events({ ...organizer, serviceId: homeCare.serviceId, ...period });
    expect(byService.map((e) => `${e.clientName} ${e.eventDate} ${e.content}`)).toEqual([
      "Matti Meikäläinen 2026-11-10 Aamukäynti",
    ]);
    expect(
      await olli.vouchers.organizer.events({ ...organizer, serviceId: homeCare.serviceId, ...period, state: "paid" }),
    ).toEqual([]);
  });

  it("refuses a reversed, an over-a-year and an impossible period with the field and words in Finnish and English", async () => {
    const { olli, organizer } = await voucherActors(h);
    const reversed = await expectRefusal(
      olli.vouchers.organizer.events({ ...organizer, from: "2026-11-30", to: "2026-11-01" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(reversed.data.fieldErrors).toEqual({ to: ["Loppupäivä ei voi olla ennen alkupäivää."] });
    const long = await expectRefusal(
      olli.vouchers.organizer.events({ ...organizer, from: "2025-01-01", to: "2026-01-02" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
      "en",
    );
    expect(long.data.fieldErrors.to).toEqual(["The date range can be at most a year (366 days). Shorten the range."]);
    // A leap year's 366 days, both ends included, are still one search.
    expect(await olli.vouchers.organizer.events({ ...organizer, from: "2024-01-01", to: "2024-12-31" })).toEqual([]);
    const impossible = await expectRefusal(
      olli.vouchers.organizer.events({ ...organizer, from: "2026-02-30" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(impossible.data.fieldErrors.from).toEqual(["Anna päivämäärä muodossa VVVV-KK-PP."]);
  });
});

describe("an event's read-only view with its history", () => {
  it("names who recorded, the automatic check, who approved, and the settlement, oldest first", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    const homeCare = await powerOf(h, "PS-2026-0002");
    const { id } = await ville.vouchers.provider.recordEvent({
      ...provider,
      ...eventAt(homeCare, "2026-11-20T10:00", "Iltakäynti"),
    });
    h.now.value = hki("2026-11-23T12:00");
    await olli.vouchers.organizer.runCheck(organizer);
    await olli.vouchers.organizer.approve({ ...organizer, eventId: id });

    const approved = await olli.vouchers.organizer.eventDetails({ ...organizer, eventId: id });
    expect(approved.event).toMatchObject({ id, state: "approved", content: "Iltakäynti", voucherValueCents: 4000 });
    expect(approved.history.map((r) => [r.kind, r.toState, r.actorName])).toEqual([
      ["recorded", null, await nameOf(VILLE)],
      ["to_review", "under_review", null],
      ["approved", "approved", await nameOf(OLLI)],
    ]);

    // 7 December: November is settled, and the event's history says so.
    h.now.value = hki("2026-12-07T09:00");
    const olliLater = await h.as(OLLI);
    await olliLater.vouchers.organizer.runSettlement({ ...organizer, period: "2026-11" });
    const settled = await olliLater.vouchers.organizer.eventDetails({ ...organizer, eventId: id });
    expect(settled.event.state).toBe("settled");
    expect(settled.history.at(-1)).toMatchObject({ kind: "settled", toState: "settled", actorName: await nameOf(OLLI) });

    // The month's totals per provider are the settlement's line: this event's 40,00 €.
    const totals = await olliLater.vouchers.organizer.settlementTotals({ ...organizer, from: "2026-01", to: "2026-12" });
    expect(totals.rows).toEqual([
      {
        period: "2026-11",
        providerId: provider.organizationId,
        providerName: "Kotipalvelu Virtanen",
        approvedCents: 4000,
        creditCents: 0,
        payableCents: 4000,
      },
    ]);
  });
});

describe("charts' figures", () => {
  it("gives the remaining hours per client of the vouchers in force, for the organizer and the provider", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    const usage = await olli.vouchers.organizer.voucherUsage(organizer);
    const matti = usage.find((u) => u.clientName === "Matti Meikäläinen");
    // 40 h granted; 2 + 1,5 h of the seed and the 1 h recorded above are used.
    expect(matti).toMatchObject({ unit: "h", grantedUnits: 40, usedUnits: 4.5, remainingUnits: 35.5 });
    expect(usage.find((u) => u.clientName === "Eeva Esimerkki")).toMatchObject({ unit: "käynti", grantedUnits: 20 });
    const providerUsage = await ville.vouchers.provider.voucherUsage(provider);
    expect(providerUsage.find((u) => u.clientName === "Matti Meikäläinen")?.remainingUnits).toBe(35.5);
  });

  it("refuses a settlement chart of more than 24 months", async () => {
    const { olli, organizer } = await voucherActors(h);
    const refused = await expectRefusal(
      olli.vouchers.organizer.settlementTotals({ ...organizer, from: "2024-01", to: "2026-01" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(refused.data.fieldErrors.to).toEqual(["Kuukausia voi olla enintään 24. Lyhennä aikaväliä."]);
  });
});

describe("the second county's objects stay its own", () => {
  it("answers the second county's event as not found and leaves its clients and settlements out of every figure", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    const refused = await expectRefusal(
      olli.vouchers.organizer.eventDetails({ ...organizer, eventId: b.settledEventId }),
      "NOT_FOUND",
      "VOUCHER_EVENT_NOT_FOUND",
    );
    expect(JSON.stringify(refused)).not.toContain(b.clientName);
    expect(await olli.vouchers.organizer.events({ ...organizer, serviceId: b.serviceId })).toEqual([]);
    expect(await olli.vouchers.organizer.voucherUsage({ ...organizer, serviceId: b.serviceId })).toEqual([]);
    expect((await olli.vouchers.organizer.voucherUsage(organizer)).map((u) => u.clientName)).not.toContain(b.clientName);
    expect((await ville.vouchers.provider.voucherUsage(provider)).map((u) => u.clientName)).not.toContain(b.clientName);
    const olliTotals = await olli.vouchers.organizer.settlementTotals({ ...organizer, from: "2026-01", to: "2026-12" });
    expect(olliTotals.rows.map((r) => r.providerId)).not.toContain(b.providerId);

    // The second county sees its own September line and nothing of Pirkanmaa's.
    const toinen = await h.as(SECOND_TENANT_PEOPLE.organizerAdmin);
    const own = await toinen.vouchers.organizer.settlementTotals({
      organizationId: b.organizerId,
      from: "2026-01",
      to: "2026-12",
    });
    expect(own.rows).toEqual([
      {
        period: "2026-09",
        providerId: b.providerId,
        providerName: "Toisen Tuottaja Oy",
        approvedCents: 4000,
        creditCents: 0,
        payableCents: 4000,
      },
    ]);
    const history = await toinen.vouchers.organizer.eventDetails({ organizationId: b.organizerId, eventId: b.settledEventId });
    expect(history.event.clientName).toBe(b.clientName);
    await expectRefusal(
      toinen.vouchers.organizer.settlementTotals({ ...organizer, from: "2026-01", to: "2026-12" }),
      "FORBIDDEN",
      "TENANT_FORBIDDEN",
    );
    const taisto = await h.as(SECOND_TENANT_PEOPLE.providerUser);
    const theirs = await taisto.vouchers.provider.voucherUsage({ organizationId: b.providerId });
    expect(theirs.map((u) => u.clientName)).toEqual([b.clientName]);
  });
});

import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { eventAt, hki, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: hki("2026-11-23T10:00") });
});
afterAll(async () => h?.dispose());

async function unitsUsed(powerId: string): Promise<number> {
  const [row] = await queryRows<{ used: string | number }>(
    h.deps.db,
    sql`SELECT coalesce(sum(units_milli), 0) AS used FROM voucher_events WHERE purchasing_power_id = ${powerId} AND state <> 'rejected'`,
  );
  return Number(row?.used ?? 0);
}

/** The one refusal among settled saves, as a failing call for expectRefusal. */
async function refusedOf(results: PromiseSettledResult<unknown>[]): Promise<unknown> {
  const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (!refused) return null;
  throw refused.reason;
}

/** `hours` long from `local`, with `units` units. */
function slot(power: { id: string; clientId: string }, local: string, units: number, hours: number) {
  const event = eventAt(power, local, "Kotihoitokäynti", units);
  return { ...event, endsAt: new Date(hki(local).getTime() + hours * 3_600_000).toISOString() };
}

describe("what a voucher event may use: refused at the field, in plain words", () => {
  it("refuses 1 000 h on a voucher with 36,5 h left at the units field, and the voucher keeps its 36,5 h", async () => {
    const { ville, provider } = await voucherActors(h);
    const homeCare = await powerOf(h, "PS-2026-0002"); // 40 h, 3,5 h used by the seed
    const before = await unitsUsed(homeCare.id);
    const call = () => ville.vouchers.provider.recordEvent({ ...provider, ...slot(homeCare, "2026-11-17T08:00", 1000, 1000) });
    // The slot above is long enough for 1 000 h; what is left is the only reason to refuse.
    const fi = await expectRefusal(call(), "BAD_REQUEST", "EVENT_UNITS_EXCEED_VOUCHER");
    expect(fi.data.field).toBe("units");
    expect(fi.message).toBe(
      "Palvelusetelillä on jäljellä 36,5 h: 1\u00a0000 h ei mahdu siihen. Kirjaa enintään jäljellä oleva määrä.",
    );
    const en = await expectRefusal(call(), "BAD_REQUEST", "EVENT_UNITS_EXCEED_VOUCHER", "en");
    expect(en.message).toContain("The voucher has 36,5 h left");
    expect(await unitsUsed(homeCare.id)).toBe(before);
    expect(before).toBe(3_500);
  });

  it("refuses 5 h recorded for 9.00–10.00 at the units field", async () => {
    const { ville, provider } = await voucherActors(h);
    const homeCare = await powerOf(h, "PS-2026-0002");
    const refusal = await expectRefusal(
      ville.vouchers.provider.recordEvent({ ...provider, ...slot(homeCare, "2026-11-18T09:00", 5, 1) }),
      "BAD_REQUEST",
      "EVENT_UNITS_EXCEED_SLOT",
    );
    expect(refusal.data.field).toBe("units");
    expect(refusal.message).toBe(
      "5 h ei mahdu tapahtuman aikaan: alun ja lopun välissä on vain 1 h. Korjaa yksiköt tai kellonajat.",
    );
  });

  it("refuses an event overlapping the client's other event with the provider, and takes one right after it", async () => {
    const { ville, provider } = await voucherActors(h);
    const cleaning = await powerOf(h, "PS-2026-0003"); // Matti's; his home-care visit on 3.11. is 9.00–11.00
    const refusal = await expectRefusal(
      ville.vouchers.provider.recordEvent({ ...provider, ...slot(cleaning, "2026-11-03T10:00", 1, 1) }),
      "CONFLICT",
      "EVENT_OVERLAPS",
    );
    expect(refusal.data.field).toBe("startsAt");
    expect(refusal.message).toBe(
      "Asiakkaalla on jo tapahtuma samaan aikaan (3.11.2026 klo 09.00–11.00): saman asiakkaan tapahtumat eivät voi mennä päällekkäin.",
    );
    const after = await ville.vouchers.provider.recordEvent({ ...provider, ...slot(cleaning, "2026-11-03T11:00", 1, 1) });
    expect(after.id).toBeTruthy();
  });

  it("checks an edit the same way, without counting the edited event against itself", async () => {
    const { ville, provider } = await voucherActors(h);
    const eeva = await powerOf(h, "PS-2026-0001"); // 20 visits
    const visit = await ville.vouchers.provider.recordEvent({ ...provider, ...eventAt(eeva, "2026-11-09T10:00", "Käynti", 19) });
    const fields = { ...provider, eventId: visit.id, ...eventAt(eeva, "2026-11-09T10:00", "Käynti", 20) };
    const { clientId: _c, purchasingPowerId: _p, ...edit } = fields;
    expect(await ville.vouchers.provider.updateEvent(edit)).toEqual({ id: visit.id });
    const over = await expectRefusal(
      ville.vouchers.provider.updateEvent({ ...edit, units: 21 }),
      "BAD_REQUEST",
      "EVENT_UNITS_EXCEED_VOUCHER",
    );
    expect(over.message).toContain("Palvelusetelillä on jäljellä 20 käyntiä: 21 käyntiä ei mahdu siihen.");
    await ville.vouchers.provider.deleteEvent({ ...provider, eventId: visit.id });
  });

  it("lets saves made at the same moment use no more than the hours left on a voucher", async () => {
    const { ville, provider } = await voucherActors(h);
    const homeCare = await powerOf(h, "PS-2026-0002");
    const left = 40_000 - (await unitsUsed(homeCare.id));
    expect(left).toBe(36_500);
    // Five saves of 10 h at once on 36,5 h: three fit, two must be refused, whatever the order.
    const days = ["2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16", "2026-11-19"];
    const results = await Promise.allSettled(
      days.map((day) => ville.vouchers.provider.recordEvent({ ...provider, ...slot(homeCare, `${day}T06:00`, 10, 10) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    await expectRefusal(refusedOf(results), "BAD_REQUEST", "EVENT_UNITS_EXCEED_VOUCHER");
    expect(await unitsUsed(homeCare.id)).toBe(33_500);
  });

  it("lets only one of two saves at the same moment take the same hour of one client", async () => {
    const { ville, provider } = await voucherActors(h);
    const homeCare = await powerOf(h, "PS-2026-0002");
    const cleaning = await powerOf(h, "PS-2026-0003");
    const results = await Promise.allSettled([
      ville.vouchers.provider.recordEvent({ ...provider, ...slot(homeCare, "2026-11-20T14:00", 1, 1) }),
      ville.vouchers.provider.recordEvent({ ...provider, ...slot(cleaning, "2026-11-20T14:30", 1, 1) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expectRefusal(refusedOf(results), "CONFLICT", "EVENT_OVERLAPS");
  });
});

describe("the organizer's inputs", () => {
  it("says a voucher number is already in use instead of 'the data has changed'", async () => {
    const { olli, organizer } = await voucherActors(h);
    const eeva = await powerOf(h, "PS-2026-0001");
    const grant = (voucherNumber: string) =>
      olli.vouchers.organizer.grantPurchasingPower({
        ...organizer,
        clientId: eeva.clientId,
        serviceId: eeva.serviceId,
        voucherNumber,
        kind: "units",
        unitValueCents: 2000,
        quantity: 5,
        validFrom: "2026-12-01",
        validTo: "2026-12-31",
      });
    await grant("123");
    const taken = await expectRefusal(grant("123"), "CONFLICT", "VOUCHER_NUMBER_TAKEN");
    expect(taken.data.field).toBe("voucherNumber");
    expect(taken.message).toBe("Palvelusetelin numero 123 on jo käytössä. Anna toinen numero.");
    const en = await expectRefusal(grant("ps-2026-0001"), "CONFLICT", "VOUCHER_NUMBER_TAKEN", "en");
    expect(en.message).toBe("Voucher number PS-2026-0001 is already in use. Give another number.");
  });

  it("refuses a settlement payment dated in the future or before the settlement date, and takes one on it", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    const eeva = await powerOf(h, "PS-2026-0001");
    h.now.value = hki("2026-10-30T10:00");
    const { id } = await ville.vouchers.provider.recordEvent({ ...provider, ...eventAt(eeva, "2026-10-20T10:00", "Käynti") });
    await olli.vouchers.organizer.approve({ ...organizer, eventId: id });
    h.now.value = hki("2026-11-05T09:00");
    await olli.vouchers.organizer.runSettlement({ ...organizer, period: "2026-10" });
    const [october] = await olli.vouchers.organizer.settlements(organizer);
    const line = october?.lines.find((l) => l.providerId === provider.organizationId);
    if (!line) throw new Error("no settlement line for October");

    h.now.value = hki("2026-11-23T10:00");
    const pay = (paidOn: string, locale: "fi" | "en" = "fi") =>
      expectRefusal(
        olli.vouchers.organizer.recordPayment({ ...organizer, lineId: line.id, paidOn }),
        "BAD_REQUEST",
        paidOn > "2026-11-23" ? "PAYMENT_DATE_IN_FUTURE" : "PAYMENT_BEFORE_SETTLEMENT",
        locale,
      );
    const future = await pay("2026-11-24");
    expect(future.data.field).toBe("paidOn");
    expect(future.message).toBe(
      "Maksupäivä ei voi olla tulevaisuudessa: kirjaa maksu, kun se on maksettu (viimeistään tänään 23.11.2026).",
    );
    const early = await pay("2026-11-04");
    expect(early.message).toBe("Maksupäivä ei voi olla ennen tilityspäivää 5.11.2026.");
    expect((await pay("2026-11-04", "en")).message).toBe("The payment date cannot be before the settlement date, 5 Nov 2026.");
    const paid = await olli.vouchers.organizer.recordPayment({ ...organizer, lineId: line.id, paidOn: "2026-11-05" });
    expect(paid).toMatchObject({ paidOn: "2026-11-05" });
  });
});

describe("a rejected event", () => {
  it("shows the provider why it was rejected, in its event list", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    h.now.value = hki("2026-11-23T10:00");
    const eeva = await powerOf(h, "PS-2026-0001");
    const { id } = await ville.vouchers.provider.recordEvent({ ...provider, ...eventAt(eeva, "2026-11-20T08:00", "Käynti") });
    const reason = "Käynti on jo kirjattu toisen tuottajan setelille.";
    await olli.vouchers.organizer.reject({ ...organizer, eventId: id, reason });
    const events = await ville.vouchers.provider.events({ ...provider, clientId: eeva.clientId });
    expect(events.find((e) => e.id === id)).toMatchObject({ state: "rejected", rejectionReason: reason });
  });
});

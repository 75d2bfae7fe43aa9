import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { settleDueOrganizers } from "@reskontra/usecases/vouchers";
import { readPdf } from "@reskontra/documents/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { eventAt, hki, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: hki("2026-04-01T08:00") });
});
afterAll(async () => h?.dispose());

/**
 * DESIGN.md §2's worked example on the seed's client Eeva Esimerkki (physiotherapy, 20,00 € a visit,
 * all of it paid by the voucher): three April visits, the third wrong and credited in May, two
 * visits in May and two in June. The settlements pay 60,00 €, then 20 + 20 − 20 = 20,00 €, then 40,00 €.
 */
describe("the worked example over three months", () => {
  it("settles April 60,00 €, May 20,00 € and June 40,00 €, netting the credit once", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    const power = await powerOf(h, "PS-2026-0001");
    const record = async (local: string) => {
      const { id } = await ville.vouchers.provider.recordEvent({ ...provider, ...eventAt(power, local, "Fysioterapiakäynti") });
      await olli.vouchers.organizer.approve({ ...organizer, eventId: id });
      return id;
    };
    const settledLine = async () => {
      const [latest] = await olli.vouchers.organizer.settlements(organizer);
      const line = latest?.lines.find((l) => l.providerId === provider.organizationId);
      if (!latest || !line) throw new Error("no settlement line");
      return { period: latest.period, line };
    };

    h.now.value = hki("2026-04-28T16:00");
    await record("2026-04-07T10:00");
    await record("2026-04-14T10:00");
    const third = await record("2026-04-21T10:00");

    // 5 May, the settlement day: the monthly job settles April. Run twice, it settles once.
    h.now.value = hki("2026-05-05T02:00");
    const first = await settleDueOrganizers(h.deps);
    const again = await settleDueOrganizers(h.deps);
    expect(first.filter((s) => s.organizationId === organizer.organizationId)).toHaveLength(1);
    expect(again).toHaveLength(0);
    expect(await olli.vouchers.organizer.runSettlement({ ...organizer, period: "2026-04" })).toMatchObject({ created: false });
    const april = await settledLine();
    expect(april).toMatchObject({ period: "2026-04", line: { eventCount: 3, approvedCents: 6000, payableCents: 6000 } });
    // The money arrives on 8 May; a payment is recorded once it is paid, not ahead of it.
    h.now.value = hki("2026-05-08T12:00");
    await olli.vouchers.organizer.recordPayment({ ...organizer, lineId: april.line.id, paidOn: "2026-05-08" });

    // In May the third April visit turns out wrong: the organizer credits it.
    h.now.value = hki("2026-05-12T09:00");
    await olli.vouchers.organizer.credit({
      ...organizer,
      eventId: third,
      reasonCode: "EI_TOTEUTUNUT",
      explanation: "Asiakas perui käynnin, eikä sitä olisi pitänyt kirjata.",
    });
    const events = await ville.vouchers.provider.events({ ...provider, clientId: power.clientId });
    expect(events.find((e) => e.id === third)).toMatchObject({ state: "paid", awaitingCredit: true });
    h.now.value = hki("2026-05-29T16:00");
    await record("2026-05-12T10:00");
    await record("2026-05-19T10:00");

    h.now.value = hki("2026-06-05T02:00");
    await settleDueOrganizers(h.deps);
    const may = await settledLine();
    expect(may).toMatchObject({
      period: "2026-05",
      line: { eventCount: 2, approvedCents: 4000, creditCount: 1, creditCents: 2000, payableCents: 2000, carriedOutCents: 0 },
    });
    const afterMay = await ville.vouchers.provider.events({ ...provider, clientId: power.clientId });
    expect(afterMay.find((e) => e.id === third)).toMatchObject({ awaitingCredit: false, creditedCents: 2000 });

    h.now.value = hki("2026-06-29T16:00");
    await record("2026-06-09T10:00");
    await record("2026-06-16T10:00");
    h.now.value = hki("2026-07-05T02:00");
    await settleDueOrganizers(h.deps);
    const june = await settledLine();
    expect(june).toMatchObject({
      period: "2026-06",
      line: { eventCount: 2, approvedCents: 4000, creditCents: 0, payableCents: 4000 },
    });

    // The provider sees the same three statements, and May's PDF shows the netting.
    const statements = await ville.vouchers.provider.statements(provider);
    expect(statements.map((s) => [s.period, s.payableCents])).toEqual([
      ["2026-06", 4000],
      ["2026-05", 2000],
      ["2026-04", 6000],
    ]);
    const pdf = await ville.vouchers.provider.statementPdf({ ...provider, lineId: may.line.id });
    const text = (await readPdf(Buffer.from(pdf.pdfBase64, "base64"))).text;
    expect(text).toContain("Palvelusetelitilitys");
    expect(text).toContain("EI_TOTEUTUNUT");
    expect(text).toContain("-20,00 €");
    expect(text).toContain("Maksettava");
    expect(text).not.toContain("010150-902E");

    // Paying April marked exactly its three events paid.
    const paid = await queryRows<{ n: string | number }>(
      h.deps.db,
      sql`SELECT count(*) AS n FROM voucher_events WHERE settlement_id = ${april.line.settlementId} AND state = 'paid'`,
    );
    expect(Number(paid[0]?.n)).toBe(3);
  });
});

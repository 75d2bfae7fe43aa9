import { checkRecordedEvents } from "@reskontra/usecases/vouchers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { eventAt, eventBehindApi, hki, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: hki("2026-11-23T10:00") });
});
afterAll(async () => h?.dispose());

describe("the automatic check", () => {
  it("sends over-balance, overlapping and too-long events that came in behind the form to review, auto-approves the rest, once", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    await olli.vouchers.organizer.updateSettings({ ...organizer, settlementDay: 5, autoApprove: true });
    const homeCare = await powerOf(h, "PS-2026-0002"); // 40 h, 3,5 h used by the seed
    const cleaning = await powerOf(h, "PS-2026-0003"); // 1 500,00 € balance, valid to 31.12.2026
    const ok = await ville.vouchers.provider.recordEvent({ ...provider, ...eventAt(homeCare, "2026-11-16T09:00", "Käynti", 30) });
    // The form refuses these; an import does not, so the check must catch them.
    const over = await eventBehindApi(h, homeCare, "2026-11-18T09:00", 7);
    // 40 h of cleaning at 35,00 € voucher value = 1 400,00 € on top of the seed's 105,00 €: over 1 500,00 €.
    const overBalance = await eventBehindApi(h, cleaning, "2026-11-19T08:00", 40, 1);
    // Matti's home-care visit on 3.11. is 9.00–11.00; cleaning at 10.00 overlaps it.
    const overlap = await eventBehindApi(h, cleaning, "2026-11-03T10:00", 1);
    // 3 h of cleaning recorded for a one-hour slot.
    const tooLong = await eventBehindApi(h, cleaning, "2026-11-05T08:00", 3, 1);

    h.now.value = hki("2026-11-23T12:00");
    const first = await checkRecordedEvents(h.deps);
    const second = await checkRecordedEvents(h.deps);
    expect(second).toEqual({ approved: 0, underReview: 0 });
    expect(first.approved + first.underReview).toBeGreaterThanOrEqual(5);

    const queue = await olli.vouchers.organizer.reviewQueue({ ...organizer, includeRecorded: false });
    const reasonOf = (id: string) => queue.find((e) => e.id === id)?.reviewReason;
    expect(reasonOf(over.id)).toBe("over_balance");
    expect(reasonOf(overBalance.id)).toBe("over_balance");
    expect(reasonOf(overlap.id)).toBe("overlap");
    expect(reasonOf(tooLong.id)).toBe("exceeds_slot");
    const approved = await olli.vouchers.organizer.events({ ...organizer, state: "approved" });
    expect(approved.map((e) => e.id)).toContain(ok.id);
  });

  it("sends an event outside the voucher's validity to review", async () => {
    const { olli, organizer, ville, provider } = await voucherActors(h);
    const eeva = await powerOf(h, "PS-2026-0001"); // valid 1.1.–31.12.2026
    h.now.value = hki("2027-01-10T10:00");
    const late = await ville.vouchers.provider.recordEvent({ ...provider, ...eventAt(eeva, "2027-01-08T10:00", "Fysioterapia") });
    await olli.vouchers.organizer.runCheck(organizer);
    const queue = await olli.vouchers.organizer.reviewQueue({ ...organizer, includeRecorded: false });
    expect(queue.find((e) => e.id === late.id)).toMatchObject({ reviewReason: "outside_validity" });
  });
});

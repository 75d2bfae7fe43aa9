import { checkRecordedEvents } from "@reskontra/usecases/vouchers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { eventAt, hki, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ start: hki("2026-11-23T10:00") });
});
afterAll(async () => h?.dispose());

describe("the automatic check", () => {
  it("sends over-balance and out-of-validity events to review, auto-approves the rest where allowed, once", async () => {
    const { ville, olli, provider, organizer } = await voucherActors(h);
    await olli.vouchers.organizer.updateSettings({ ...organizer, settlementDay: 5, autoApprove: true });
    const homeCare = await powerOf(h, "PS-2026-0002"); // 40 h, 3,5 h used by the seed
    const cleaning = await powerOf(h, "PS-2026-0003"); // 1 500,00 € balance, valid to 31.12.2026
    const ok = await ville.vouchers.provider.recordEvent({ ...provider, ...eventAt(homeCare, "2026-11-16T09:00", "Käynti", 30) });
    const over = await ville.vouchers.provider.recordEvent({
      ...provider,
      ...eventAt(homeCare, "2026-11-17T09:00", "Käynti", 7),
    });
    // 40 h of cleaning at 35,00 € voucher value = 1 400,00 € on top of the seed's 105,00 €: over 1 500,00 €.
    const overBalance = await ville.vouchers.provider.recordEvent({
      ...provider,
      ...eventAt(cleaning, "2026-11-18T08:00", "Suursiivous", 40),
    });

    h.now.value = hki("2026-11-23T12:00");
    const first = await checkRecordedEvents(h.deps);
    const second = await checkRecordedEvents(h.deps);
    expect(second).toEqual({ approved: 0, underReview: 0 });
    expect(first.approved + first.underReview).toBeGreaterThanOrEqual(3);

    const queue = await olli.vouchers.organizer.reviewQueue({ ...organizer, includeRecorded: false });
    expect(queue.find((e) => e.id === over.id)).toMatchObject({ state: "under_review", reviewReason: "over_balance" });
    expect(queue.find((e) => e.id === overBalance.id)).toMatchObject({ state: "under_review", reviewReason: "over_balance" });
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

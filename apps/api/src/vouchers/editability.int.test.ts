import { eventPermissions, VOUCHER_EVENT_STATES, type VoucherEventState } from "@reskontra/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { eventAt, hki, powerOf, voucherActors } from "./voucher-fixtures";

let h: Harness;
let actors: Awaited<ReturnType<typeof voucherActors>>;
const eventIn = {} as Record<VoucherEventState, string>;
let clientId = "";

/** One event of the worked-example voucher in each of the six states, reached through the API. */
beforeAll(async () => {
  h = await createHarness({ start: hki("2026-04-20T12:00") });
  actors = await voucherActors(h);
  const { ville, olli, provider, organizer } = actors;
  const power = await powerOf(h, "PS-2026-0001");
  clientId = power.clientId;
  const record = async (local: string) =>
    (await ville.vouchers.provider.recordEvent({ ...provider, ...eventAt(power, local, `Käynti ${local}`) })).id;

  eventIn.paid = await record("2026-04-15T10:00");
  await olli.vouchers.organizer.approve({ ...organizer, eventId: eventIn.paid });
  h.now.value = hki("2026-05-05T09:00");
  await olli.vouchers.organizer.runSettlement(organizer);
  const [april] = await olli.vouchers.organizer.settlements(organizer);
  const aprilLine = april?.lines[0];
  if (!aprilLine) throw new Error("April was not settled");
  await olli.vouchers.organizer.recordPayment({ ...organizer, lineId: aprilLine.id, paidOn: "2026-05-05" });

  eventIn.settled = await record("2026-05-04T10:00");
  await olli.vouchers.organizer.approve({ ...organizer, eventId: eventIn.settled });
  h.now.value = hki("2026-06-05T09:00");
  await olli.vouchers.organizer.runSettlement(organizer);

  eventIn.under_review = await record("2026-06-01T10:00");
  // The organizer has not allowed auto-approval, so its check sends every recorded event to review.
  await olli.vouchers.organizer.runCheck(organizer);
  eventIn.approved = await record("2026-06-02T10:00");
  await olli.vouchers.organizer.approve({ ...organizer, eventId: eventIn.approved });
  eventIn.rejected = await record("2026-06-03T10:00");
  await olli.vouchers.organizer.reject({ ...organizer, eventId: eventIn.rejected, reason: "Ei ostovoimaa" });
  eventIn.recorded = await record("2026-06-04T10:00");
});
afterAll(async () => h?.dispose());

const editFields = (local: string) => {
  const startsAt = hki(local);
  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 5_400_000).toISOString(),
    content: "Korjattu käynti",
    units: 1,
  };
};

describe("the editability matrix through the API (every state × edit/delete/credit × provider/organizer)", () => {
  it("reached every state", async () => {
    const events = await actors.ville.vouchers.provider.events({ ...actors.provider, clientId });
    for (const state of VOUCHER_EVENT_STATES) {
      expect(events.find((e) => e.id === eventIn[state])?.state, state).toBe(state);
    }
  });

  it("shows each side what it may do, with the domain's reason, before anything is pressed", async () => {
    const providerView = await actors.ville.vouchers.provider.events({ ...actors.provider, clientId });
    const organizerView = await actors.olli.vouchers.organizer.events({ ...actors.organizer, clientId });
    for (const state of VOUCHER_EVENT_STATES) {
      const settled = state === "settled" || state === "paid";
      for (const [actor, view] of [
        ["provider", providerView],
        ["organizer", organizerView],
      ] as const) {
        const event = view.find((e) => e.id === eventIn[state]);
        const expected = eventPermissions(state, actor, { settledBySettlementRun: settled });
        for (const action of ["edit", "delete", "credit"] as const) {
          const want = expected[action];
          expect(event?.permissions[action].allowed, `${actor} ${action} ${state}`).toBe(want.allowed);
          if (!want.allowed) {
            expect(event?.permissions[action].code).toBe(want.code);
            expect(event?.permissions[action].reason).toBeTruthy();
          }
        }
      }
    }
  });

  it("provider edit: only a recorded event; every other state is refused with its reason", async () => {
    const { ville, provider } = actors;
    for (const state of VOUCHER_EVENT_STATES) {
      const call = ville.vouchers.provider.updateEvent({
        ...provider,
        eventId: eventIn[state],
        ...editFields("2026-06-04T12:00"),
      });
      const expected = eventPermissions(state, "provider", {
        settledBySettlementRun: state === "settled" || state === "paid",
      }).edit;
      if (expected.allowed) {
        await expect(call).resolves.toEqual({ id: eventIn[state] });
      } else {
        const trpc = expected.code === "EVENT_EDIT_PROVIDER_ONLY" ? "FORBIDDEN" : "CONFLICT";
        const refusal = await expectRefusal(call, trpc, expected.code);
        expect(refusal.message.length).toBeGreaterThan(10);
      }
    }
    const [edited] = (await ville.vouchers.provider.events({ ...provider, clientId })).filter((e) => e.id === eventIn.recorded);
    expect(edited).toMatchObject({ content: "Korjattu käynti", eventDate: "2026-06-04" });
  });

  it("the settled and paid refusals tell the provider to report the error to the organizer", async () => {
    const refusal = await expectRefusal(
      actors.ville.vouchers.provider.updateEvent({
        ...actors.provider,
        eventId: eventIn.paid,
        ...editFields("2026-06-04T12:00"),
      }),
      "CONFLICT",
      "EVENT_SETTLED_REPORT_TO_ORGANIZER",
    );
    expect(refusal.message).toContain("palvelunjärjestäjälle");
    const report = await actors.ville.vouchers.provider.reportError({
      ...actors.provider,
      eventId: eventIn.paid,
      message: "Käynti kirjattiin väärälle päivälle, oikea päivä oli 16.4.",
    });
    const reports = await actors.olli.vouchers.organizer.errorReports(actors.organizer);
    expect(reports.find((r) => r.id === report.id)).toMatchObject({
      eventId: eventIn.paid,
      providerName: "Kotipalvelu Virtanen",
    });
    await expectRefusal(
      actors.ville.vouchers.provider.reportError({
        ...actors.provider,
        eventId: eventIn.recorded,
        message: "Tämä on vielä muokattavissa",
      }),
      "CONFLICT",
      "ERROR_REPORT_ONLY_SETTLED",
    );
  });

  it("the organizer neither edits nor deletes a provider's events, and the provider cannot credit", async () => {
    const { ville, olli, provider, organizer } = actors;
    for (const state of VOUCHER_EVENT_STATES) {
      // The organizer is no member of the provider: the provider's procedures refuse it outright.
      await expectRefusal(
        olli.vouchers.provider.updateEvent({ ...organizer, eventId: eventIn[state], ...editFields("2026-06-04T12:00") }),
        "FORBIDDEN",
        "ROLE_FORBIDDEN",
      );
      await expectRefusal(
        olli.vouchers.provider.deleteEvent({ ...provider, eventId: eventIn[state] }),
        "FORBIDDEN",
        "TENANT_FORBIDDEN",
      );
      await expectRefusal(
        ville.vouchers.organizer.credit({ ...organizer, eventId: eventIn[state], reasonCode: "MUU", explanation: "x" }),
        "FORBIDDEN",
        "TENANT_FORBIDDEN",
      );
    }
  });

  it("organizer credit: only settled or paid, with a reason code and an explanation", async () => {
    const { olli, organizer } = actors;
    for (const state of VOUCHER_EVENT_STATES) {
      const expected = eventPermissions(state, "organizer").credit;
      if (expected.allowed) continue;
      await expectRefusal(
        olli.vouchers.organizer.credit({ ...organizer, eventId: eventIn[state], reasonCode: "MUU", explanation: "Virhe" }),
        "CONFLICT",
        "EVENT_TRANSITION_NOT_ALLOWED",
      );
    }
    await expectRefusal(
      olli.vouchers.organizer.credit({ ...organizer, eventId: eventIn.settled, reasonCode: "", explanation: "Virhe" }),
      "BAD_REQUEST",
      "CREDIT_REASON_REQUIRED",
    );
    await expectRefusal(
      olli.vouchers.organizer.credit({ ...organizer, eventId: eventIn.settled, reasonCode: "MUU", explanation: " " }),
      "BAD_REQUEST",
      "CREDIT_EXPLANATION_REQUIRED",
    );
    await expectRefusal(
      olli.vouchers.organizer.credit({ ...organizer, eventId: eventIn.settled, reasonCode: "EI_OLE", explanation: "Virhe" }),
      "BAD_REQUEST",
      "CREDIT_REASON_UNKNOWN",
    );
    for (const state of ["settled", "paid"] as const) {
      await expect(
        olli.vouchers.organizer.credit({
          ...organizer,
          eventId: eventIn[state],
          reasonCode: "HINTA",
          explanation: "Väärä hinta",
        }),
      ).resolves.toMatchObject({ amountCents: -2000 });
      await expectRefusal(
        olli.vouchers.organizer.credit({ ...organizer, eventId: eventIn[state], reasonCode: "HINTA", explanation: "Uudestaan" }),
        "CONFLICT",
        "EVENT_ALREADY_AWAITING_CREDIT",
      );
    }
  });

  it("provider delete: recorded, under review and approved go; rejected, settled and paid stay, each with its reason", async () => {
    const { ville, provider } = actors;
    for (const state of ["rejected", "settled", "paid", "recorded", "under_review", "approved"] as const) {
      const call = ville.vouchers.provider.deleteEvent({ ...provider, eventId: eventIn[state] });
      const expected = eventPermissions(state, "provider", {
        settledBySettlementRun: state === "settled" || state === "paid",
      }).delete;
      if (expected.allowed) await expect(call).resolves.toEqual({ id: eventIn[state] });
      else await expectRefusal(call, "CONFLICT", expected.code);
    }
    const left = await ville.vouchers.provider.events({ ...provider, clientId });
    expect(left.map((e) => e.state).sort()).toEqual(["paid", "rejected", "settled"]);
  });
});

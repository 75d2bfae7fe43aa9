import { describe, expect, it } from "vitest";
import { VOUCHER_EVENT_COMMANDS, VOUCHER_EVENT_STATES, decideEventTransition } from "./event-states";
import type { VoucherEventActor, VoucherEventCommand, VoucherEventState } from "./event-states";

// given state, when command by actor, then next state (DESIGN.md §2).
const legal: [VoucherEventState, VoucherEventCommand, VoucherEventActor, VoucherEventState][] = [
  ["recorded", "submit_for_review", "system", "under_review"],
  ["recorded", "submit_for_review", "organizer", "under_review"],
  ["recorded", "approve", "system", "approved"],
  ["under_review", "approve", "organizer", "approved"],
  ["recorded", "reject", "organizer", "rejected"],
  ["under_review", "reject", "organizer", "rejected"],
  ["approved", "settle", "system", "settled"],
  ["settled", "pay", "system", "paid"],
];

describe("decideEventTransition", () => {
  it.each(legal)("given %s, when %s by %s, then %s", (state, command, actor, next) => {
    expect(decideEventTransition(state, command, { actor })).toEqual({ ok: true, state: next, awaitingCredit: false });
  });

  it("refuses every other state × command pair", () => {
    const allowed = new Set([...legal.map(([s, c]) => `${s}/${c}`), "settled/credit", "paid/credit"]);
    for (const state of VOUCHER_EVENT_STATES) {
      for (const command of VOUCHER_EVENT_COMMANDS) {
        if (allowed.has(`${state}/${command}`)) continue;
        const r = decideEventTransition(state, command, { actor: "organizer", reasonCode: "R1", explanation: "x" });
        expect(r, `${state}/${command}`).toEqual({
          ok: false,
          code: "EVENT_TRANSITION_NOT_ALLOWED",
          field: "state",
          params: { state, command },
        });
      }
    }
  });

  it.each([
    ["under_review", "reject", "provider"],
    ["under_review", "approve", "provider"],
    ["approved", "settle", "organizer"],
    ["settled", "pay", "provider"],
    ["settled", "credit", "provider"],
  ] as const)("refuses %s/%s by %s", (state, command, actor) => {
    expect(decideEventTransition(state, command, { actor, reasonCode: "R", explanation: "x" })).toMatchObject({
      ok: false,
      code: "EVENT_ACTOR_NOT_ALLOWED",
      field: "actor",
    });
  });

  it("a credit keeps the state, marks the event awaiting credit and needs reason and explanation", () => {
    expect(
      decideEventTransition("paid", "credit", { actor: "organizer", reasonCode: "WRONG_SERVICE", explanation: "Väärä palvelu" }),
    ).toEqual({
      ok: true,
      state: "paid",
      awaitingCredit: true,
    });
    expect(decideEventTransition("settled", "credit", { actor: "organizer", explanation: "x" })).toMatchObject({
      code: "CREDIT_REASON_REQUIRED",
      field: "reasonCode",
    });
    expect(decideEventTransition("settled", "credit", { actor: "organizer", reasonCode: "R", explanation: "  " })).toMatchObject({
      code: "CREDIT_EXPLANATION_REQUIRED",
      field: "explanation",
    });
    expect(
      decideEventTransition("settled", "credit", { actor: "organizer", reasonCode: "R", explanation: "x", awaitingCredit: true }),
    ).toMatchObject({
      code: "EVENT_ALREADY_AWAITING_CREDIT",
    });
  });

  it("refuses unknown states and commands instead of throwing", () => {
    expect(decideEventTransition("lost" as VoucherEventState, "approve", { actor: "system" })).toMatchObject({
      code: "EVENT_STATE_UNKNOWN",
    });
    expect(decideEventTransition("recorded", "undo" as VoucherEventCommand, { actor: "system" })).toMatchObject({
      code: "EVENT_COMMAND_UNKNOWN",
    });
  });
});

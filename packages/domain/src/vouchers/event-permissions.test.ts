import { describe, expect, it } from "vitest";
import { eventPermissions } from "./event-permissions";
import type { VoucherEventState } from "./event-states";

const Y = { allowed: true };
const N = (code: string) => ({ allowed: false, code });

// The editability matrix of DESIGN.md §2, row by row.
const provider: [VoucherEventState, object, object, object][] = [
  ["recorded", Y, Y, N("CREDIT_ONLY_SETTLED")],
  ["under_review", N("EVENT_NOT_EDITABLE_IN_STATE"), Y, N("CREDIT_ONLY_SETTLED")],
  ["approved", N("EVENT_NOT_EDITABLE_IN_STATE"), Y, N("CREDIT_ONLY_SETTLED")],
  ["rejected", N("EVENT_NOT_EDITABLE_IN_STATE"), N("EVENT_NOT_DELETABLE_IN_STATE"), N("CREDIT_ONLY_SETTLED")],
  ["settled", N("EVENT_SETTLED_REPORT_TO_ORGANIZER"), N("EVENT_SETTLED_REPORT_TO_ORGANIZER"), N("CREDIT_ORGANIZER_ONLY")],
  ["paid", N("EVENT_SETTLED_REPORT_TO_ORGANIZER"), N("EVENT_SETTLED_REPORT_TO_ORGANIZER"), N("CREDIT_ORGANIZER_ONLY")],
];
const organizer: [VoucherEventState, object][] = [
  ["recorded", N("CREDIT_ONLY_SETTLED")],
  ["under_review", N("CREDIT_ONLY_SETTLED")],
  ["approved", N("CREDIT_ONLY_SETTLED")],
  ["rejected", N("CREDIT_ONLY_SETTLED")],
  ["settled", Y],
  ["paid", Y],
];

describe("eventPermissions", () => {
  it.each(provider)("provider, %s", (state, edit, del, credit) => {
    expect(eventPermissions(state, "provider")).toEqual({ edit, delete: del, credit });
  });
  it.each(organizer)("organizer, %s", (state, credit) => {
    expect(eventPermissions(state, "organizer")).toEqual({
      edit: N("EVENT_EDIT_PROVIDER_ONLY"),
      delete: N("EVENT_EDIT_PROVIDER_ONLY"),
      credit,
    });
  });
  it("once the settlement run has processed the event, the provider can neither edit nor delete it", () => {
    expect(eventPermissions("recorded", "provider", { settledBySettlementRun: true })).toEqual({
      edit: N("EVENT_PROCESSED_BY_SETTLEMENT"),
      delete: N("EVENT_PROCESSED_BY_SETTLEMENT"),
      credit: N("CREDIT_ONLY_SETTLED"),
    });
    expect(eventPermissions("approved", "provider", { settledBySettlementRun: true }).delete).toEqual(
      N("EVENT_PROCESSED_BY_SETTLEMENT"),
    );
  });
});

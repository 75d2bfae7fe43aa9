import type { VoucherEventState } from "./event-states";

export type Allowed = { allowed: true } | { allowed: false; code: string };
export type EventPermissions = { edit: Allowed; delete: Allowed; credit: Allowed };

const yes: Allowed = { allowed: true };
const no = (code: string): Allowed => ({ allowed: false, code });

const PROVIDER_EDITABLE: readonly VoucherEventState[] = ["recorded"];
const PROVIDER_DELETABLE: readonly VoucherEventState[] = ["recorded", "under_review", "approved"];
const CREDITABLE: readonly VoucherEventState[] = ["settled", "paid"];

/**
 * The editability matrix of DESIGN.md §2 for one event. The provider edits only
 * in `recorded` and deletes only in `recorded`/`under_review`/`approved`, both
 * only before the settlement run has processed the event; a settled or paid
 * event is corrected by the organizer's credit. The organizer never edits or
 * deletes a provider's recording: it approves, rejects or credits.
 */
export function eventPermissions(
  state: VoucherEventState,
  actor: "provider" | "organizer",
  options: { settledBySettlementRun?: boolean } = {},
): EventPermissions {
  const processed = options.settledBySettlementRun === true || CREDITABLE.includes(state);
  const credit = CREDITABLE.includes(state)
    ? actor === "organizer"
      ? yes
      : no("CREDIT_ORGANIZER_ONLY")
    : no("CREDIT_ONLY_SETTLED");

  if (actor === "organizer") {
    return { edit: no("EVENT_EDIT_PROVIDER_ONLY"), delete: no("EVENT_EDIT_PROVIDER_ONLY"), credit };
  }
  // A provider who finds an error in a settled event reports it to the organizer.
  const locked = CREDITABLE.includes(state) ? no("EVENT_SETTLED_REPORT_TO_ORGANIZER") : no("EVENT_PROCESSED_BY_SETTLEMENT");
  return {
    edit: processed ? locked : PROVIDER_EDITABLE.includes(state) ? yes : no("EVENT_NOT_EDITABLE_IN_STATE"),
    delete: processed ? locked : PROVIDER_DELETABLE.includes(state) ? yes : no("EVENT_NOT_DELETABLE_IN_STATE"),
    credit,
  };
}

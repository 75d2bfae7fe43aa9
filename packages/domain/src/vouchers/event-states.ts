import { refuse } from "../shared/errors";
import type { Result } from "../shared/errors";

export const VOUCHER_EVENT_STATES = ["recorded", "under_review", "approved", "rejected", "settled", "paid"] as const;
export type VoucherEventState = (typeof VOUCHER_EVENT_STATES)[number];

export const VOUCHER_EVENT_COMMANDS = ["submit_for_review", "approve", "reject", "settle", "pay", "credit"] as const;
export type VoucherEventCommand = (typeof VOUCHER_EVENT_COMMANDS)[number];

/** `system` is the organizer's automatic check and the settlement run. */
export type VoucherEventActor = "provider" | "organizer" | "system";

export type EventTransitionContext = {
  actor: VoucherEventActor;
  /** The event already has a credit waiting for the next settlement. */
  awaitingCredit?: boolean;
  /** Required for `credit`. */
  reasonCode?: string;
  /** Required for `credit`; e-mailed to the provider. */
  explanation?: string;
};

export type EventTransition = {
  state: VoucherEventState;
  /** True after `credit`: the event shows "awaiting credit" until the next settlement executes it. */
  awaitingCredit: boolean;
};

type Rule = { from: readonly VoucherEventState[]; to: VoucherEventState | "same"; actors: readonly VoucherEventActor[] };

// DESIGN.md §2. The automatic check may send to review or auto-approve; only
// the organizer rejects or credits; only the settlement run settles and pays.
const RULES: Record<VoucherEventCommand, Rule> = {
  submit_for_review: { from: ["recorded"], to: "under_review", actors: ["system", "organizer"] },
  approve: { from: ["recorded", "under_review"], to: "approved", actors: ["system", "organizer"] },
  reject: { from: ["recorded", "under_review"], to: "rejected", actors: ["organizer"] },
  settle: { from: ["approved"], to: "settled", actors: ["system"] },
  pay: { from: ["settled"], to: "paid", actors: ["system"] },
  credit: { from: ["settled", "paid"], to: "same", actors: ["organizer"] },
};

export function isVoucherEventState(value: unknown): value is VoucherEventState {
  return typeof value === "string" && (VOUCHER_EVENT_STATES as readonly string[]).includes(value);
}

/** The pure state machine of a voucher event: the next state or a typed refusal. */
export function decideEventTransition(
  state: VoucherEventState,
  command: VoucherEventCommand,
  ctx: EventTransitionContext,
): Result<EventTransition> {
  if (!isVoucherEventState(state)) return refuse("EVENT_STATE_UNKNOWN", "state");
  const rule = (RULES as Partial<Record<string, Rule>>)[command];
  if (!rule) return refuse("EVENT_COMMAND_UNKNOWN", "command");
  if (!rule.from.includes(state)) {
    return refuse("EVENT_TRANSITION_NOT_ALLOWED", "state", { state, command });
  }
  if (!rule.actors.includes(ctx.actor)) return refuse("EVENT_ACTOR_NOT_ALLOWED", "actor", { command });
  if (command === "credit") {
    if (ctx.awaitingCredit) return refuse("EVENT_ALREADY_AWAITING_CREDIT", "state");
    if (!ctx.reasonCode?.trim()) return refuse("CREDIT_REASON_REQUIRED", "reasonCode");
    if (!ctx.explanation?.trim()) return refuse("CREDIT_EXPLANATION_REQUIRED", "explanation");
    return { ok: true, state, awaitingCredit: true };
  }
  const next = rule.to === "same" ? state : rule.to;
  return { ok: true, state: next, awaitingCredit: false };
}

import type { Result } from "../shared/errors";
import { refuse } from "../shared/errors";
import { formatEuroAmount } from "../shared/money-format";
import type { Cents } from "../shared/money";
import type { InvoiceKind, InvoiceStatus } from "./invoice-status";
import { sameDayDeadline } from "./same-day-deadline";

/** What the lifecycle needs to know of an invoice; the api reads it from the row and its dispatches. */
export type InvoiceState = {
  status: InvoiceStatus;
  kind: InvoiceKind;
  grossCents: Cents;
  paidCents: Cents;
  /** A dispatch is queued or delivered: the invoice is on its way and stays as it is. */
  hasLiveDispatch: boolean;
};

export type InvoiceCommand =
  | { type: "edit" }
  | { type: "submit" }
  | { type: "return_for_correction" }
  | { type: "send" }
  | { type: "confirm_delivery" }
  | { type: "record_payment"; amountCents: Cents }
  | { type: "credit" };

export type InvoiceCommandType = InvoiceCommand["type"];

export type InvoiceEvent =
  | { type: "invoice_edited"; at: Date }
  | { type: "invoice_submitted"; at: Date; resubmitted: boolean; deadlineAt: Date }
  | { type: "invoice_returned_for_correction"; at: Date }
  | { type: "dispatch_requested"; at: Date }
  | { type: "invoice_delivered"; at: Date }
  | { type: "payment_recorded"; at: Date; amountCents: Cents; fullyPaid: boolean }
  | { type: "invoice_credited"; at: Date };

export type InvoiceDecision = Result<{ state: InvoiceState; events: InvoiceEvent[] }>;

const EDITABLE: readonly InvoiceStatus[] = ["draft", "needs_correction"];

function assertNever(value: never): never {
  throw new Error(`unhandled invoice command or event: ${JSON.stringify(value)}`);
}

/** The state after one event: the only place where an invoice's status changes. */
export function evolveInvoice(state: InvoiceState, event: InvoiceEvent): InvoiceState {
  switch (event.type) {
    case "invoice_edited":
      return state;
    case "invoice_submitted":
      return { ...state, status: "submitted" };
    case "invoice_returned_for_correction":
      return { ...state, status: "needs_correction" };
    case "dispatch_requested":
      return { ...state, hasLiveDispatch: true };
    case "invoice_delivered":
      return { ...state, status: "sent" };
    case "payment_recorded":
      return {
        ...state,
        paidCents: (state.paidCents + event.amountCents) as Cents,
        status: event.fullyPaid ? "paid" : state.status,
      };
    case "invoice_credited":
      return { ...state, status: "credited" };
    default:
      return assertNever(event);
  }
}

function accept(state: InvoiceState, ...events: InvoiceEvent[]): InvoiceDecision {
  return { ok: true, state: events.reduce(evolveInvoice, state), events };
}

/** A submitted invoice waits for customer service; once a dispatch is live it is on its way. */
function decideWhileUnsent(state: InvoiceState, event: InvoiceEvent): InvoiceDecision {
  if (state.status !== "submitted") return refuse("INVOICE_NOT_SENDABLE");
  // Pulling it back or sending it twice now could race the delivery.
  if (state.hasLiveDispatch) return refuse("INVOICE_ALREADY_QUEUED");
  return accept(state, event);
}

function decidePayment(state: InvoiceState, amountCents: Cents, at: Date): InvoiceDecision {
  if (state.status !== "sent" || state.kind !== "invoice") return refuse("INVOICE_NOT_OPEN");
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return refuse("AMOUNT_INVALID", "amountCents");
  const open = state.grossCents - state.paidCents;
  if (amountCents > open) {
    return refuse("PAYMENT_EXCEEDS_OPEN", "amountCents", {
      amount: formatEuroAmount(amountCents),
      open: formatEuroAmount(open),
    });
  }
  return accept(state, { type: "payment_recorded", at, amountCents, fullyPaid: amountCents === open });
}

/**
 * The invoice lifecycle (DESIGN.md §1) as one pure decision: the state, a command and the clock
 * give the events and the new state, or a typed refusal. Who may issue a command is the caller's
 * business (see allowedInvoiceActions); what the invoice allows is decided here only.
 */
export function decideInvoice(state: InvoiceState, command: InvoiceCommand, now: Date): InvoiceDecision {
  switch (command.type) {
    case "edit":
      return EDITABLE.includes(state.status)
        ? accept(state, { type: "invoice_edited", at: now })
        : refuse("INVOICE_NOT_EDITABLE");
    case "submit":
      if (!EDITABLE.includes(state.status)) return refuse("INVOICE_NOT_SUBMITTABLE");
      return accept(state, {
        type: "invoice_submitted",
        at: now,
        resubmitted: state.status === "needs_correction",
        deadlineAt: sameDayDeadline(now),
      });
    case "return_for_correction":
      return decideWhileUnsent(state, { type: "invoice_returned_for_correction", at: now });
    case "send":
      return decideWhileUnsent(state, { type: "dispatch_requested", at: now });
    case "confirm_delivery":
      // The worker confirms a live dispatch; a repeated confirmation changes nothing.
      return state.status === "submitted" && state.hasLiveDispatch
        ? accept(state, { type: "invoice_delivered", at: now })
        : refuse("INVOICE_NOT_SENDABLE");
    case "record_payment":
      return decidePayment(state, command.amountCents, now);
    case "credit":
      // Only the whole of an unpaid invoice is credited: a credit note mirrors every row.
      if (state.kind !== "invoice" || state.status !== "sent" || state.paidCents !== 0) return refuse("INVOICE_NOT_CREDITABLE");
      return accept(state, { type: "invoice_credited", at: now });
    default:
      return assertNever(command);
  }
}

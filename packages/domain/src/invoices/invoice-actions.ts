import type { Cents } from "../shared/money";
import { decideInvoice, type InvoiceCommand, type InvoiceState } from "./invoice-lifecycle";

/** The buttons of an invoice's page; each is one command of the lifecycle. */
export const INVOICE_ACTIONS = ["edit", "submit", "send", "return_for_correction", "record_payment", "credit"] as const;
export type InvoiceAction = (typeof INVOICE_ACTIONS)[number];

/** Who is looking: the invoice's own user, customer service, or both (an agent's own invoice). */
export type InvoiceViewer = { owner: boolean; agent: boolean };

// The user prepares and submits; customer service checks, sends and keeps the receivable.
const ACTOR: Record<InvoiceAction, "owner" | "agent"> = {
  edit: "owner",
  submit: "owner",
  send: "agent",
  return_for_correction: "agent",
  record_payment: "agent",
  credit: "agent",
};

/** The smallest command of each action, so asking "allowed?" asks the decider itself. */
function probe(action: InvoiceAction, state: InvoiceState): InvoiceCommand {
  switch (action) {
    case "record_payment":
      return { type: "record_payment", amountCents: 1 as Cents };
    case "edit":
    case "submit":
    case "send":
    case "return_for_correction":
    case "credit":
      return { type: action };
    default: {
      const unhandled: never = action;
      throw new Error(`unhandled invoice action ${String(unhandled)} in ${state.status}`);
    }
  }
}

/** The actions this viewer may take now: the role table, then whatever the decider accepts. */
export function allowedInvoiceActions(state: InvoiceState, viewer: InvoiceViewer, now: Date): InvoiceAction[] {
  return INVOICE_ACTIONS.filter((action) => viewer[ACTOR[action]] && decideInvoice(state, probe(action, state), now).ok);
}

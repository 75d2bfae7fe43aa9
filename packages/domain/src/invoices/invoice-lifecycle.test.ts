import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cents } from "../shared/money";
import { allowedInvoiceActions, INVOICE_ACTIONS, type InvoiceAction } from "./invoice-actions";
import { decideInvoice, type InvoiceCommand, type InvoiceState } from "./invoice-lifecycle";
import { INVOICE_KINDS, INVOICE_STATUSES, type InvoiceStatus } from "./invoice-status";
import { sameDayDeadline } from "./same-day-deadline";

const now = new Date("2026-11-23T10:00:00Z");
const c = (n: number) => n as Cents;
const given = (status: InvoiceStatus, more: Partial<InvoiceState> = {}): InvoiceState => ({
  status,
  kind: "invoice",
  grossCents: c(10_000),
  paidCents: c(0),
  hasLiveDispatch: false,
  ...more,
});

describe("decideInvoice: given a state, when a command, then the new status", () => {
  it.each<[string, InvoiceState, InvoiceCommand, InvoiceStatus]>([
    ["a draft is edited", given("draft"), { type: "edit" }, "draft"],
    ["a draft is submitted", given("draft"), { type: "submit" }, "submitted"],
    ["a corrected invoice is resubmitted", given("needs_correction"), { type: "submit" }, "submitted"],
    ["an agent returns a submitted invoice", given("submitted"), { type: "return_for_correction" }, "needs_correction"],
    ["an agent sends a submitted invoice", given("submitted"), { type: "send" }, "submitted"],
    ["the worker delivers it", given("submitted", { hasLiveDispatch: true }), { type: "confirm_delivery" }, "sent"],
    ["a part is paid", given("sent"), { type: "record_payment", amountCents: c(4_000) }, "sent"],
    ["the rest is paid", given("sent", { paidCents: c(4_000) }), { type: "record_payment", amountCents: c(6_000) }, "paid"],
    ["an unpaid invoice is credited", given("sent"), { type: "credit" }, "credited"],
  ])("%s", (_name, state, command, status) => {
    const result = decideInvoice(state, command, now);
    expect(result.ok && result.state.status).toBe(status);
  });

  it.each<[string, InvoiceState, InvoiceCommand, string]>([
    ["a submitted invoice is not edited", given("submitted"), { type: "edit" }, "INVOICE_NOT_EDITABLE"],
    ["a sent invoice is not edited", given("sent"), { type: "edit" }, "INVOICE_NOT_EDITABLE"],
    ["a sent invoice is not submitted again", given("sent"), { type: "submit" }, "INVOICE_NOT_SUBMITTABLE"],
    ["a draft is not sent", given("draft"), { type: "send" }, "INVOICE_NOT_SENDABLE"],
    [
      "a queued invoice is not sent twice",
      given("submitted", { hasLiveDispatch: true }),
      { type: "send" },
      "INVOICE_ALREADY_QUEUED",
    ],
    [
      "a queued invoice is not pulled back",
      given("submitted", { hasLiveDispatch: true }),
      { type: "return_for_correction" },
      "INVOICE_ALREADY_QUEUED",
    ],
    ["a sent invoice is not returned", given("sent"), { type: "return_for_correction" }, "INVOICE_NOT_SENDABLE"],
    ["nothing is delivered without a dispatch", given("submitted"), { type: "confirm_delivery" }, "INVOICE_NOT_SENDABLE"],
    [
      "a submitted invoice takes no payment",
      given("submitted"),
      { type: "record_payment", amountCents: c(1) },
      "INVOICE_NOT_OPEN",
    ],
    [
      "a credit note takes no payment",
      given("sent", { kind: "credit_note" }),
      { type: "record_payment", amountCents: c(1) },
      "INVOICE_NOT_OPEN",
    ],
    ["a paid invoice takes no payment", given("paid"), { type: "record_payment", amountCents: c(1) }, "INVOICE_NOT_OPEN"],
    ["a payment is positive", given("sent"), { type: "record_payment", amountCents: c(0) }, "AMOUNT_INVALID"],
    ["a partly paid invoice is not credited", given("sent", { paidCents: c(1) }), { type: "credit" }, "INVOICE_NOT_CREDITABLE"],
    ["a credit note is not credited", given("sent", { kind: "credit_note" }), { type: "credit" }, "INVOICE_NOT_CREDITABLE"],
    ["a draft is not credited", given("draft"), { type: "credit" }, "INVOICE_NOT_CREDITABLE"],
  ])("refuses: %s", (_name, state, command, code) => {
    expect(decideInvoice(state, command, now)).toMatchObject({ ok: false, code });
  });

  it("refuses a payment above the open amount with both amounts in Finnish form", () => {
    const state = given("sent", { grossCents: c(500_000), paidCents: c(100) });
    expect(decideInvoice(state, { type: "record_payment", amountCents: c(500_000) }, now)).toEqual({
      ok: false,
      code: "PAYMENT_EXCEEDS_OPEN",
      field: "amountCents",
      params: { amount: "5\u00a0000,00", open: "4\u00a0999,00" },
    });
  });

  it("stamps a submission with the same-day deadline and tells a resubmission apart", () => {
    const first = decideInvoice(given("draft"), { type: "submit" }, now);
    const again = decideInvoice(given("needs_correction"), { type: "submit" }, now);
    expect(first.ok && first.events).toEqual([
      { type: "invoice_submitted", at: now, resubmitted: false, deadlineAt: sameDayDeadline(now) },
    ]);
    expect(again.ok && again.events[0]).toMatchObject({ resubmitted: true });
  });
});

describe("allowedInvoiceActions", () => {
  const owner = { owner: true, agent: false };
  const agent = { owner: false, agent: true };
  it.each<[InvoiceState, typeof owner, InvoiceAction[]]>([
    [given("draft"), owner, ["edit", "submit"]],
    [given("needs_correction"), owner, ["edit", "submit"]],
    [given("draft"), agent, []],
    [given("submitted"), owner, []],
    [given("submitted"), agent, ["send", "return_for_correction"]],
    [given("submitted", { hasLiveDispatch: true }), agent, []],
    [given("sent"), agent, ["record_payment", "credit"]],
    [given("sent", { paidCents: c(1) }), agent, ["record_payment"]],
    [given("sent", { kind: "credit_note" }), agent, []],
    [given("paid"), agent, []],
    [given("credited"), { owner: true, agent: true }, []],
  ])("given %o seen by %o, offers %o", (state, viewer, actions) => {
    expect(allowedInvoiceActions(state, viewer, now)).toEqual(actions);
  });
});

const states = fc
  .record({
    status: fc.constantFrom(...INVOICE_STATUSES),
    kind: fc.constantFrom(...INVOICE_KINDS),
    grossCents: fc.integer({ min: 1, max: 10_000_000 }).map(c),
    paidCents: fc.constant(c(0)),
    hasLiveDispatch: fc.boolean(),
  })
  // A paid invoice starts paid in full, as only a payment makes one.
  .map((s) => (s.status === "paid" ? { ...s, paidCents: s.grossCents } : s));
const commands: fc.Arbitrary<InvoiceCommand> = fc.oneof(
  fc.constantFrom<InvoiceCommand>(
    { type: "edit" },
    { type: "submit" },
    { type: "return_for_correction" },
    { type: "send" },
    { type: "confirm_delivery" },
    { type: "credit" },
  ),
  fc.integer({ min: -100, max: 10_000_000 }).map((n): InvoiceCommand => ({ type: "record_payment", amountCents: c(n) })),
);

/** Runs the commands in turn; a refused command leaves the state as it was. */
function run(state: InvoiceState, script: InvoiceCommand[], onStep: (before: InvoiceState, after: InvoiceState) => void) {
  let current = state;
  for (const command of script) {
    const result = decideInvoice(current, command, now);
    const next = result.ok ? result.state : current;
    onStep(current, next);
    current = next;
  }
}

describe("invoice lifecycle properties", () => {
  it("no command sequence leaves a paid or credited invoice otherwise", () => {
    fc.assert(
      fc.property(states, fc.array(commands, { maxLength: 30 }), (state, script) => {
        run(state, script, (before, after) => {
          if (before.status === "paid" || before.status === "credited") expect(after).toEqual(before);
        });
      }),
    );
  });

  it("never pays more than the invoice, and paid means paid in full", () => {
    fc.assert(
      fc.property(states, fc.array(commands, { maxLength: 30 }), (state, script) => {
        run(state, script, (_before, after) => {
          expect(after.paidCents).toBeLessThanOrEqual(after.grossCents);
          if (after.status === "paid") expect(after.paidCents).toBe(after.grossCents);
        });
      }),
    );
  });

  it("every action offered to anyone is accepted by the decider", () => {
    fc.assert(
      fc.property(states, fc.boolean(), fc.boolean(), (state, isOwner, isAgent) => {
        for (const action of allowedInvoiceActions(state, { owner: isOwner, agent: isAgent }, now)) {
          const command: InvoiceCommand =
            action === "record_payment" ? { type: action, amountCents: c(state.grossCents - state.paidCents) } : { type: action };
          expect(decideInvoice(state, command, now).ok).toBe(true);
        }
      }),
    );
  });

  it("offers an action whenever the decider accepts it from a permitted viewer", () => {
    fc.assert(
      fc.property(states, fc.constantFrom(...INVOICE_ACTIONS), (state, action) => {
        const command: InvoiceCommand = action === "record_payment" ? { type: action, amountCents: c(1) } : { type: action };
        const offered = allowedInvoiceActions(state, { owner: true, agent: true }, now).includes(action);
        expect(offered).toBe(decideInvoice(state, command, now).ok);
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../shared/dates";
import { BUSINESS_FIXED_COMPENSATION_CENTS, REMINDER_LEGAL_LIMITS } from "./legal-limits";
import { planReminder, reminderCompensationCents, reminderInterest, resolveChannel, type PlanInput } from "./plan-reminder";
import { REFERENCE_RATES } from "./reference-rates";
import { defaultReminderRules } from "./reminder-rule";

const { consumer, business } = defaultReminderRules({ hasEinvoiceAddress: false });
const noBuyer = { email: null, einvoiceAddress: null, einvoiceOperator: null };

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    invoice: { dueDate: "2026-03-01", sentDate: "2026-02-01", openCents: 12000 },
    rule: consumer,
    history: [],
    buyer: noBuyer,
    today: "2026-03-15",
    claimCompensation: false,
    compensationClaimed: false,
    rates: REFERENCE_RATES,
    onMissingRate: "hold",
    ...overrides,
  };
}

describe("planReminder", () => {
  it("plans the first consumer reminder 14 days after the due date, with the rule's fee and a new due date", () => {
    expect(planReminder(input())).toMatchObject({ ok: true, sequence: 1, feeCents: 500, newDueDate: "2026-03-29" });
  });
  it("says why there is none, and from when there will be", () => {
    expect(planReminder(input({ today: "2026-03-14" }))).toEqual({ ok: false, reason: "too_early", earliestDate: "2026-03-15" });
    expect(planReminder(input({ invoice: { dueDate: "2026-03-01", sentDate: null, openCents: 0 } }))).toMatchObject({
      ok: false,
      reason: "paid",
    });
  });
  it("adds the fixed compensation to a business reminder only when the rule claims it and no earlier reminder has", () => {
    const claims = { rule: business, today: "2026-03-08", claimCompensation: true };
    expect(planReminder(input(claims))).toMatchObject({ ok: true, compensationCents: BUSINESS_FIXED_COMPENSATION_CENTS });
    expect(planReminder(input({ ...claims, compensationClaimed: true }))).toMatchObject({ ok: true, compensationCents: 0 });
    expect(planReminder(input({ ...claims, claimCompensation: false }))).toMatchObject({ ok: true, compensationCents: 0 });
  });
});

describe("reminderCompensationCents", () => {
  it("is never owed by a consumer, whatever a rule row says", () => {
    expect(reminderCompensationCents({ rule: consumer, claimCompensation: true, compensationClaimed: false })).toBe(0);
  });
});

describe("resolveChannel", () => {
  it("keeps the rule's channel when the buyer can receive by it, else the next that reaches them", () => {
    const full = { email: "a@b.fi", einvoiceAddress: "003712345678", einvoiceOperator: "003721291126" };
    expect(resolveChannel("email", full)).toBe("email");
    expect(resolveChannel("einvoice", { ...full, einvoiceOperator: null })).toBe("email");
    expect(resolveChannel("einvoice", noBuyer)).toBe("post");
    expect(resolveChannel("email", { ...noBuyer, email: "" })).toBe("post");
  });
});

describe("reminderInterest", () => {
  it("gives no interest for a half-year without a reference rate and names the half-year missing", () => {
    expect(reminderInterest("consumer", 12000, "2027-07-01", "2027-08-01", REFERENCE_RATES)).toEqual({
      interestCents: 0,
      interestRateBp: null,
      interestPeriods: [],
      interestMissing: [{ year: 2027, half: 2, from: "2027-07-01", to: "2027-12-31" }],
    });
  });
  it("charges the reference rate plus the law's margin from the due date", () => {
    const { interestCents, interestRateBp } = reminderInterest("business", 100000, "2026-03-01", "2026-04-01", REFERENCE_RATES);
    expect(interestCents).toBeGreaterThan(0);
    expect(interestRateBp).toBe(250 + 800);
  });
});

describe("planReminder when a reference rate is missing", () => {
  const rates = REFERENCE_RATES.filter((r) => r.from !== "2026-07-01");
  const late = input({ invoice: { dueDate: "2026-05-15", sentDate: "2026-05-01", openCents: 100000 }, today: "2026-12-02", rates });
  it("holds the reminder by default, saying which half-year lacks its rate", () => {
    expect(planReminder(late)).toEqual({
      ok: false,
      reason: "rate_missing",
      earliestDate: null,
      interestMissing: [{ year: 2026, half: 2, from: "2026-07-01", to: "2026-12-31" }],
    });
  });
  it("or, when the company chose so, sends it without interest and flagged", () => {
    expect(planReminder({ ...late, onMissingRate: "send_flagged" })).toMatchObject({
      ok: true,
      interestCents: 0,
      interestPeriods: [],
      interestMissing: [{ year: 2026, half: 2 }],
    });
  });
});

describe("planReminder properties", () => {
  const scenario = fc.record({
    kind: fc.constantFrom("consumer" as const, "business" as const),
    daysAfterDue: fc.integer({ min: 0, max: 60 }),
    intervalDays: fc.integer({ min: 0, max: 30 }),
    maxCount: fc.integer({ min: 1, max: 5 }),
    feeCents: fc.integer({ min: 0, max: 500 }),
    openCents: fc.integer({ min: 1, max: 1_000_000 }),
    dueOffset: fc.integer({ min: 0, max: 400 }),
    gaps: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 6 }),
    today: fc.integer({ min: 0, max: 200 }),
  });

  it("never plans before the law's minimum days, between reminders too fast, or beyond the maximum count", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const rule = { ...(s.kind === "consumer" ? consumer : business), daysAfterDue: s.daysAfterDue };
        const limits = REMINDER_LEGAL_LIMITS[s.kind];
        const dueDate = addDays("2026-01-01", s.dueOffset);
        let last = addDays(dueDate, Math.max(s.daysAfterDue, limits.minDaysAfterDue));
        const history = s.gaps.map((gap) => {
          last = addDays(last, gap + limits.minIntervalDays);
          return { sentDate: last, feeCents: 0 };
        });
        const today = addDays(history.at(-1)?.sentDate ?? dueDate, s.today);
        const plan = planReminder({
          invoice: { dueDate, sentDate: addDays(dueDate, -14), openCents: s.openCents },
          rule: { ...rule, intervalDays: s.intervalDays, maxCount: s.maxCount, feeCents: s.feeCents },
          history,
          buyer: noBuyer,
          today,
          claimCompensation: false,
          compensationClaimed: false,
          rates: REFERENCE_RATES,
          onMissingRate: "send_flagged",
        });
        if (!plan.ok) return;
        expect(history.length).toBeLessThan(s.maxCount);
        expect(plan.sequence).toBe(history.length + 1);
        expect(daysBetween(dueDate, today)).toBeGreaterThanOrEqual(Math.max(s.daysAfterDue, limits.minDaysAfterDue));
        const previous = history.at(-1);
        if (previous && s.kind === "consumer") {
          expect(daysBetween(previous.sentDate, today)).toBeGreaterThanOrEqual(limits.minIntervalDays);
        }
        if (previous) expect(daysBetween(previous.sentDate, today)).toBeGreaterThanOrEqual(s.intervalDays);
        expect(plan.feeCents).toBeLessThanOrEqual(limits.maxFeeCents);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { addDays } from "../shared/dates";
import { isReminderDue, reminderFeeCents } from "./reminder-due";
import { defaultReminderRules } from "./reminder-rule";

const { consumer, business } = defaultReminderRules({ hasEinvoiceAddress: false });
const invoice = { dueDate: "2026-03-01", sentDate: "2026-02-01", openAmountCents: 12000 };

describe("isReminderDue", () => {
  it("consumer: 13 days after the due date not due, 14 days due", () => {
    expect(isReminderDue(invoice, consumer, [], "2026-03-14")).toEqual({
      ok: false,
      code: "REMINDER_NOT_YET_DUE",
      field: "daysAfterDue",
      params: { earliestDate: "2026-03-15" },
    });
    expect(isReminderDue(invoice, consumer, [], "2026-03-15")).toEqual({
      ok: true,
      sequence: 1,
      feeCents: 500,
      newDueDate: "2026-03-29",
    });
  });
  it("the law's 14 days hold even if a (stored, unlawful) consumer rule says 7", () => {
    expect(isReminderDue(invoice, { ...consumer, daysAfterDue: 7 }, [], "2026-03-08")).toMatchObject({
      ok: false,
      code: "REMINDER_NOT_YET_DUE",
    });
  });
  it("business: the rule's 7 days", () => {
    expect(isReminderDue(invoice, business, [], "2026-03-07")).toMatchObject({ ok: false, code: "REMINDER_NOT_YET_DUE" });
    expect(isReminderDue(invoice, business, [], "2026-03-08")).toMatchObject({ ok: true, feeCents: 1200 });
  });
  it("nothing below the minimum amount or with nothing open", () => {
    expect(isReminderDue({ ...invoice, openAmountCents: 999 }, consumer, [], "2026-04-01")).toMatchObject({
      code: "REMINDER_BELOW_MINIMUM",
    });
    expect(isReminderDue({ ...invoice, openAmountCents: 0 }, consumer, [], "2026-04-01")).toMatchObject({
      code: "REMINDER_NOTHING_OPEN",
    });
  });
  it("interval and count", () => {
    const first = [{ sentDate: "2026-03-15", feeCents: 500 }];
    expect(isReminderDue(invoice, consumer, first, "2026-03-28")).toMatchObject({
      ok: false,
      code: "REMINDER_INTERVAL_NOT_ELAPSED",
      params: { earliestDate: "2026-03-29" },
    });
    expect(isReminderDue(invoice, consumer, first, "2026-03-29")).toMatchObject({ ok: true, sequence: 2 });
    const two = [...first, { sentDate: "2026-03-29", feeCents: 500 }];
    expect(isReminderDue(invoice, consumer, two, "2026-06-01")).toMatchObject({ ok: false, code: "REMINDER_MAX_COUNT_REACHED" });
  });
  it("a free business reminder may follow sooner than 10 days when the rule allows", () => {
    const rule = { ...business, feeCents: 0, intervalDays: 3 };
    expect(isReminderDue(invoice, rule, [{ sentDate: "2026-03-08", feeCents: 0 }], addDays("2026-03-08", 3))).toMatchObject({
      ok: true,
      feeCents: 0,
    });
  });
});

describe("reminderFeeCents", () => {
  it("no consumer fee when the invoice gave less than 14 days to pay", () => {
    expect(reminderFeeCents(consumer, { ...invoice, sentDate: "2026-02-16" })).toBe(0);
    expect(reminderFeeCents(consumer, { ...invoice, sentDate: "2026-02-15" })).toBe(500);
    expect(reminderFeeCents(consumer, { ...invoice, sentDate: null })).toBe(0);
    expect(reminderFeeCents(business, { ...invoice, sentDate: "2026-02-28" })).toBe(1200);
  });
});

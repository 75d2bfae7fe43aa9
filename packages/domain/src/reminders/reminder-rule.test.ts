import { describe, expect, it } from "vitest";
import { defaultReminderRules, defaultRuleKind, validateReminderRule } from "./reminder-rule";
import type { ReminderRule } from "./reminder-rule";

const consumer: ReminderRule = defaultReminderRules({ hasEinvoiceAddress: false }).consumer;
const business: ReminderRule = defaultReminderRules({ hasEinvoiceAddress: true }).business;

describe("validateReminderRule: legal limits (DESIGN.md §3)", () => {
  it("the activation defaults are lawful and as specified", () => {
    expect(validateReminderRule(consumer)).toEqual({ ok: true });
    expect(validateReminderRule(business)).toEqual({ ok: true });
    expect(consumer).toMatchObject({ feeCents: 500, daysAfterDue: 14, minimumAmountCents: 1000, channel: "email" });
    expect(business).toMatchObject({ feeCents: 1200, daysAfterDue: 7, minimumAmountCents: 1000, channel: "einvoice" });
    expect(defaultReminderRules({ hasEinvoiceAddress: false }).business.channel).toBe("email");
  });
  it("consumer fee 5,00 € accepted, 5,01 € refused", () => {
    expect(validateReminderRule({ ...consumer, feeCents: 500 })).toEqual({ ok: true });
    expect(validateReminderRule({ ...consumer, feeCents: 501 })).toEqual({
      ok: false,
      errors: [{ field: "feeCents", code: "REMINDER_FEE_TOO_HIGH", params: { maxCents: 500 } }],
    });
  });
  it("business fee 12,00 € accepted, 12,01 € refused", () => {
    expect(validateReminderRule({ ...business, feeCents: 1200 })).toEqual({ ok: true });
    expect(validateReminderRule({ ...business, feeCents: 1201 })).toEqual({
      ok: false,
      errors: [{ field: "feeCents", code: "REMINDER_FEE_TOO_HIGH", params: { maxCents: 1200 } }],
    });
  });
  it("consumer: 13 days after due refused, 14 accepted; business has no waiting period", () => {
    expect(validateReminderRule({ ...consumer, daysAfterDue: 13 })).toMatchObject({
      ok: false,
      errors: [{ field: "daysAfterDue", code: "REMINDER_TOO_SOON_AFTER_DUE" }],
    });
    expect(validateReminderRule({ ...business, daysAfterDue: 0 })).toEqual({ ok: true });
  });
  it("interval: consumer ≥ 14 days always; business ≥ 10 days between charged reminders", () => {
    expect(validateReminderRule({ ...consumer, intervalDays: 13 })).toMatchObject({
      errors: [{ field: "intervalDays", code: "REMINDER_INTERVAL_TOO_SHORT" }],
    });
    expect(validateReminderRule({ ...consumer, feeCents: 0, intervalDays: 13 })).toMatchObject({ ok: false });
    expect(validateReminderRule({ ...business, intervalDays: 9 })).toMatchObject({
      errors: [{ field: "intervalDays", code: "REMINDER_INTERVAL_TOO_SHORT" }],
    });
    expect(validateReminderRule({ ...business, feeCents: 0, intervalDays: 5 })).toEqual({ ok: true });
  });
  it("a VIP rule with no fee and more time is fine", () => {
    expect(
      validateReminderRule({ ...consumer, name: "VIP", feeCents: 0, daysAfterDue: 30, intervalDays: 30, maxCount: 1 }),
    ).toEqual({ ok: true });
  });
  it("reports every violation, each with its field", () => {
    const r = validateReminderRule({
      name: " ",
      customerKind: "consumer",
      feeCents: 600,
      daysAfterDue: 3,
      minimumAmountCents: -1,
      channel: "fax" as ReminderRule["channel"],
      maxCount: 0,
      intervalDays: 7,
    });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => [e.field, e.code])).toEqual([
      ["name", "REMINDER_NAME_REQUIRED"],
      ["feeCents", "REMINDER_FEE_TOO_HIGH"],
      ["daysAfterDue", "REMINDER_TOO_SOON_AFTER_DUE"],
      ["minimumAmountCents", "REMINDER_MINIMUM_INVALID"],
      ["channel", "REMINDER_CHANNEL_INVALID"],
      ["maxCount", "REMINDER_MAX_COUNT_INVALID"],
      ["intervalDays", "REMINDER_INTERVAL_TOO_SHORT"],
    ]);
  });
  it("refuses an unknown customer kind and fractional cents", () => {
    const r = validateReminderRule({ ...consumer, customerKind: "vip" as ReminderRule["customerKind"], feeCents: 1.5 });
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(["REMINDER_CUSTOMER_KIND_INVALID", "REMINDER_FEE_INVALID"]);
  });
});

describe("defaultRuleKind", () => {
  it("person → consumer, company → business, abroad → blocked", () => {
    expect(defaultRuleKind({ isPerson: true, countryCode: "FI" })).toBe("consumer");
    expect(defaultRuleKind({ isPerson: false, countryCode: "fi" })).toBe("business");
    expect(defaultRuleKind({ isPerson: false, countryCode: null })).toBe("business");
    expect(defaultRuleKind({ isPerson: true, countryCode: "SE" })).toBe("blocked");
    expect(defaultRuleKind({ isPerson: false, countryCode: "EE" })).toBe("blocked");
  });
});

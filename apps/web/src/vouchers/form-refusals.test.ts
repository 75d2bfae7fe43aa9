import { issueText } from "@reskontra/contracts/shared";
import * as inputs from "@reskontra/contracts/vouchers";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

const id = "00000000-0000-4000-8000-000000000000";
const nine = "2026-11-03T09:00:00+02:00";
const ten = "2026-11-03T10:00:00+02:00";

// Every voucher form's schema fed empty, negative, huge, malformed and duplicate-looking input.
const walks: [string, z.ZodType, unknown][] = [
  ["event, empty", inputs.recordEventInput, {}],
  [
    "event, malformed",
    inputs.recordEventInput,
    {
      clientId: "x",
      purchasingPowerId: id,
      startsAt: "2026-11-03",
      endsAt: "kala",
      content: "  ",
      units: -1,
      unitPriceCents: -5,
    },
  ],
  [
    "event, huge",
    inputs.recordEventInput,
    {
      clientId: id,
      purchasingPowerId: id,
      startsAt: nine,
      endsAt: ten,
      content: "x".repeat(600),
      units: 1e9,
      unitPriceCents: 1e12,
    },
  ],
  ["event edit, text for a number", inputs.eventFieldsInput, { startsAt: nine, endsAt: ten, content: "Käynti", units: "viisi" }],
  [
    "voucher grant, malformed",
    inputs.grantPowerInput,
    {
      clientId: id,
      serviceId: id,
      voucherNumber: "ä?",
      kind: "x",
      unitValueCents: -1,
      quantity: 0,
      validFrom: "2026-13-01",
      validTo: "",
    },
  ],
  [
    "voucher grant, huge",
    inputs.grantPowerInput,
    {
      clientId: id,
      serviceId: id,
      voucherNumber: "A".repeat(40),
      kind: "balance",
      unitValueCents: 1e12,
      balanceCents: 1e12,
      validFrom: "2026-01-01",
      validTo: "2026-12-31",
    },
  ],
  ["client, malformed", inputs.createClientInput, { name: "", hetu: "123", email: "ei-osoite" }],
  ["credit, zero", inputs.creditInput, { eventId: id, reasonCode: "", explanation: "", amountCents: 0 }],
  ["credit, negative", inputs.creditInput, { eventId: id, reasonCode: "X", explanation: "y", amountCents: -100 }],
  ["settlement period", inputs.period, "2026-13"],
  ["co-payment range", inputs.coPaymentQueryInput, { clientId: id, serviceId: id, from: "2026-12-01", to: "2026-11-01" }],
  [
    "booking, empty",
    inputs.createBookingInput,
    { clientId: id, purchasingPowerId: id, providerId: id, startsAt: "", endsAt: "", content: "" },
  ],
  ["service-team right", inputs.grantRightInput, { clientId: id, serviceId: id, providerId: id, teamName: "", validFrom: "x" }],
  ["error report", inputs.reportErrorInput, { eventId: id, message: "lyhyt" }],
  [
    "settings, malformed code",
    inputs.settingsInput,
    { settlementDay: 9, autoApprove: true, creditReasons: [{ code: "syy koodi!", labelFi: "", labelEn: "" }] },
  ],
  ["rejection, empty reason", inputs.rejectEventInput, { eventId: id, reason: " " }],
  ["payment, malformed date", inputs.settlementPaymentInput, { lineId: id, paidOn: "31.12.2026" }],
  ["event search, reversed period", inputs.organizerEventsInput, { from: "2026-11-30", to: "2026-11-01" }],
  ["event search, over a year", inputs.organizerEventsInput, { from: "2025-01-01", to: "2026-01-02" }],
  ["event search, malformed", inputs.organizerEventsInput, { from: "30.2.2026", serviceId: "kala", state: "lost" }],
  ["settlement chart, over 24 months", inputs.settlementTotalsInput, { from: "2024-01", to: "2026-01" }],
  ["settlement chart, reversed", inputs.settlementTotalsInput, { from: "2026-05", to: "2026-01" }],
];

// What reads like a programmer's message: a pattern, a format or type name, a placeholder, a raw code.
const PROGRAMMERS =
  /\/\^|regex|lauseke|pattern|UUID|ISO|datetime|aikaleima|expected|received|undefined|string|YYYY|\{\w+\}|[A-Z]{3,}_[A-Z]/;

describe("voucher forms refuse bad input in plain words", () => {
  it.each(walks)("%s: every refusal is a sentence a user can act on, in Finnish and English", (_name, schema, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    for (const issue of result.error?.issues ?? []) {
      for (const locale of ["fi", "en"] as const) {
        const text = issueText(issue, locale);
        expect(text, `${issue.path.join(".")} (${locale})`).not.toMatch(PROGRAMMERS);
        expect(text.trim()).not.toBe("");
      }
    }
  });

  it("says what a voucher number may hold instead of showing its pattern", () => {
    const result = inputs.grantPowerInput.safeParse({ ...validPower(), voucherNumber: "ä?" });
    const issue = result.error?.issues.find((i) => i.path[0] === "voucherNumber");
    expect(issue && issueText(issue, "fi")).toBe(
      "Palvelusetelin numerossa voi olla 3–30 kirjainta, numeroa tai väliviivaa, esimerkiksi PS-2026-0001.",
    );
  });

  it("asks for a date and time instead of an ISO timestamp, and for more than zero units", () => {
    const result = inputs.eventFieldsInput.safeParse({ startsAt: "kala", endsAt: ten, content: "Käynti", units: 0 });
    const texts = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), issueText(i, "fi")]));
    expect(texts).toEqual({
      startsAt: "Anna päivä ja kellonaika, esimerkiksi 3.11.2026 klo 9.00.",
      units: "Anna nollaa suurempi määrä.",
    });
  });
});

describe("the event search's period", () => {
  it("takes a leap year's 366 days and says in words that a longer range must be shortened", () => {
    expect(inputs.organizerEventsInput.safeParse({ from: "2024-01-01", to: "2024-12-31" }).success).toBe(true);
    const result = inputs.organizerEventsInput.safeParse({ from: "2024-01-01", to: "2025-01-01" });
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(["to"]);
    expect(issue && issueText(issue, "fi")).toBe("Aikaväli voi olla enintään vuoden (366 päivää). Lyhennä aikaväliä.");
    expect(issue && issueText(issue, "en")).toBe("The date range can be at most a year (366 days). Shorten the range.");
  });
});

function validPower() {
  return {
    clientId: id,
    serviceId: id,
    kind: "units",
    unitValueCents: 2000,
    quantity: 10,
    validFrom: "2026-01-01",
    validTo: "2026-12-31",
  };
}

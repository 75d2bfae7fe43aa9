import { describe, expect, it } from "vitest";
import { createTranslator } from "@reskontra/i18n";
import { invoiceMessages } from "./messages";
import { operatorAckText } from "./operator-ack";

describe("the operator's acknowledgement in the dispatch history", () => {
  const receivedAt = new Date("2026-12-03T08:15:00Z");

  it("says who received the e-invoice, when on the Helsinki clock, and the operator's message id", () => {
    const fi = createTranslator(invoiceMessages, "fi");
    expect(operatorAckText({ messageId: "OP-20261203-77", receivedAt }, fi, "fi")).toBe(
      "Vastaanottanut operaattori 3.12.2026 klo 10.15, viesti-id OP-20261203-77",
    );
    const en = createTranslator(invoiceMessages, "en");
    expect(operatorAckText({ messageId: "OP-20261203-77", receivedAt }, en, "en")).toBe(
      "Received by the operator 3 Dec 2026 10:15, message id OP-20261203-77",
    );
  });

  it("leaves the message id out when the operator gave none", () => {
    const fi = createTranslator(invoiceMessages, "fi");
    expect(operatorAckText({ messageId: null, receivedAt }, fi, "fi")).toBe("Vastaanottanut operaattori 3.12.2026 klo 10.15");
  });
});

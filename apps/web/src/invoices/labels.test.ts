import { describe, expect, it } from "vitest";
import { createTranslator } from "@reskontra/i18n";
import { invoiceMessages } from "./messages";
import { actionLabel } from "./labels";

const fi = createTranslator(invoiceMessages, "fi");

describe("invoice history labels", () => {
  it("names the reminder steps the run writes on an invoice, and never shows a raw code", () => {
    expect(actionLabel("reminder.created", fi)).toBe("Maksumuistutus luotu");
    expect(actionLabel("reminder.sent", fi)).toBe("Maksumuistutus lähetetty");
    expect(actionLabel("something.new", fi)).toBe("Muu tapahtuma");
  });
});

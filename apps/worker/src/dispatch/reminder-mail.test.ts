import { sampleReminderDocument } from "@reskontra/documents/testing";
import { describe, expect, it } from "vitest";
import { buyerReminderMail } from "./reminder-mail";

const [fee, interest] = sampleReminderDocument.rows;
if (!fee || !interest) throw new Error("the sample reminder has a fee row and an interest row");
const twoHalfYears = {
  ...sampleReminderDocument,
  rows: [
    fee,
    { ...interest, description: "Viivästyskorko 11,5 % 15.5.–30.6.2026, 46 pv", grossCents: 1198 },
    { ...interest, description: "Viivästyskorko 10,0 % 1.7.–2.12.2026, 155 pv", grossCents: 4034 },
  ],
};

describe("the payment reminder's e-mail", () => {
  it("itemises the open invoice, the fee and each half-year's interest before the amount due", () => {
    const { text } = buyerReminderMail(twoHalfYears);
    const lines = text.split("\n");
    const open = lines.indexOf("Laskun 10010257 avoin määrä: 1\u00a0234,28\u00a0€");
    expect(open).toBeGreaterThan(0);
    expect(lines.slice(open + 1, open + 4)).toEqual([
      "Muistutusmaksu: 5,00\u00a0€",
      "Viivästyskorko 11,5 % 15.5.–30.6.2026, 46 pv: 11,98\u00a0€",
      "Viivästyskorko 10,0 % 1.7.–2.12.2026, 155 pv: 40,34\u00a0€",
    ]);
    expect(lines.findIndex((line) => line.startsWith("Maksettava:"))).toBeGreaterThan(open + 3);
  });

  it("uses the document's language for the open-amount line", () => {
    expect(buyerReminderMail({ ...twoHalfYears, language: "en" }).text).toContain(
      "Open amount of invoice 10010257: 1\u00a0234,28\u00a0€",
    );
    expect(buyerReminderMail({ ...twoHalfYears, language: "sv" }).text).toContain(
      "Öppet belopp på faktura 10010257: 1\u00a0234,28\u00a0€",
    );
  });
});

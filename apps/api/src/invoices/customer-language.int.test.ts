import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { expectRefusal } from "../testing/expect-refusal";
import { villeCustomer } from "./invoice-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.dispose());

const card = {
  customerNumber: "SV-1",
  name: "Ab Strandstugan",
  isPerson: false,
  businessId: "1572860-0",
  street: "Strandvägen 3",
  postalCode: "10600",
  city: "Ekenäs",
};

describe("the customer card's language", () => {
  it("is Finnish by default, can be Swedish or English, and stays as chosen when the card is saved without it", async () => {
    const { ville, organizationId, maija } = await villeCustomer(h);
    expect(maija.language).toBe("fi");
    const created = await ville.customers.create({ organizationId, ...card, language: "sv" });
    expect(created.language).toBe("sv");
    const { language: _language, ...withoutLanguage } = { ...card, city: "Raseborg", language: "sv" };
    const updated = await ville.customers.update({ organizationId, customerId: created.id, customer: withoutLanguage });
    expect(updated).toMatchObject({ city: "Raseborg", language: "sv" });
    const english = await ville.customers.update({
      organizationId,
      customerId: created.id,
      customer: { ...card, language: "en" },
    });
    expect(english.language).toBe("en");
  });

  it("refuses a language it cannot write in, naming the field", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    const refusal = await expectRefusal(
      ville.customers.create({ organizationId, ...card, customerNumber: "DE-1", language: "de" as "fi" }),
      "BAD_REQUEST",
      "INPUT_INVALID",
    );
    expect(refusal.data.field).toBe("language");
    expect(refusal.message).toContain("Valitse asiakkaan kieli: suomi, ruotsi tai englanti.");
    expect(refusal.message).not.toMatch(/expected|enum|"fi"/i);
  });
});

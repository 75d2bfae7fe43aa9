import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusal } from "../testing/expect-refusal";
import { createHarness, type Harness } from "../testing/harness";
import { villeCustomer } from "./invoice-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.dispose());

const base = {
  customerNumber: "60",
  name: "Verkko Oy",
  isPerson: false,
  businessId: "1572860-0",
  street: "Katu 1",
  postalCode: "00100",
  city: "Helsinki",
};

describe("customer checks the user can act on", () => {
  it("says what is wrong with a business ID, at the field, in the caller's language", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    const refusal = await expectRefusal(
      ville.customers.create({ organizationId, ...base, businessId: "1234567-8" }),
      "BAD_REQUEST",
      "BUSINESS_ID_INVALID",
    );
    expect(refusal.data.field).toBe("businessId");
    expect(refusal.message).toContain("1234567-8");
    const malformed = await expectRefusal(
      ville.customers.create({ organizationId, ...base, businessId: "FI15728600" }),
      "BAD_REQUEST",
      "BUSINESS_ID_INVALID",
    );
    expect(malformed.data.field).toBe("businessId");
  });

  it("refuses half of an e-invoice address: the operator id without the address and the reverse", async () => {
    const { ville, organizationId } = await villeCustomer(h);
    const noOperator = await expectRefusal(
      ville.customers.create({ organizationId, ...base, einvoiceAddress: "003715728600" }),
      "BAD_REQUEST",
      "EINVOICE_OPERATOR_REQUIRED",
    );
    expect(noOperator.data.field).toBe("einvoiceOperator");
    const noAddress = await expectRefusal(
      ville.customers.create({ organizationId, ...base, einvoiceOperator: "003721291126" }),
      "BAD_REQUEST",
      "EINVOICE_ADDRESS_REQUIRED",
    );
    expect(noAddress.data.field).toBe("einvoiceAddress");
    const card = await ville.customers.create({
      organizationId,
      ...base,
      einvoiceAddress: "003715728600",
      einvoiceOperator: "003721291126",
    });
    const halfUpdate = await expectRefusal(
      ville.customers.update({
        organizationId,
        customerId: card.id,
        customer: { ...base, einvoiceAddress: "003715728600", einvoiceOperator: null },
      }),
      "BAD_REQUEST",
      "EINVOICE_OPERATOR_REQUIRED",
    );
    expect(halfUpdate.data.field).toBe("einvoiceOperator");
  });
});

import { describe, expect, it } from "vitest";
import { missingReferenceField } from "./missing-reference";

describe("missingReferenceField", () => {
  const driverError = (detail: string, code = "23503") =>
    Object.assign(new Error("violates foreign key constraint"), { code, detail });

  it("names the input field of an id with no row, through drizzle's wrapping", () => {
    const wrapped = new Error("Failed query: insert …", {
      cause: driverError('Key (service_id)=(7b0c4a52-1f8e-4d4b-9a3e-0d6f7c2b9e11) is not present in table "voucher_services".'),
    });
    expect(missingReferenceField(new Error("outer", { cause: wrapped }))).toBe("serviceId");
  });

  it("takes the id of a composite key, not the organization beside it", () => {
    expect(
      missingReferenceField(driverError('Key (organization_id, reminder_rule_id)=(a, b) is not present in table "x".')),
    ).toBe("reminderRuleId");
  });

  it("leaves other errors alone: a row still referenced on delete, a unique violation, a plain error", () => {
    expect(missingReferenceField(driverError('Key (id)=(a) is still referenced from table "y".'))).toBeNull();
    expect(missingReferenceField(driverError("Key (email)=(a) already exists.", "23505"))).toBeNull();
    expect(missingReferenceField(new Error("boom"))).toBeNull();
    expect(missingReferenceField(null)).toBeNull();
  });
});

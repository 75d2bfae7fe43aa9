import { describe, expect, it } from "vitest";
import { moduleOfPath, modulesFor } from "./modules";

const of = (role: string, voucherProvider = false, organizationKind = "billing_company") => [
  ...modulesFor({ memberships: [{ role, organizationKind }], voucherProvider }),
];

describe("the modules a role may use", () => {
  it("gives an invoicing user invoices and support, and the vouchers only as a provider", () => {
    expect(of("user")).toEqual(["invoices", "support"]);
    expect(of("user", true)).toEqual(["invoices", "vouchers", "support"]);
  });

  it("gives the product team the support desk (its suggestions), not 'no role' everywhere", () => {
    expect(of("product", false, "operator")).toEqual(["support"]);
  });

  it("gives customer service invoices only as the operator's agents", () => {
    expect(of("agent", false, "operator")).toEqual(["invoices", "support"]);
    expect(of("agent", false, "billing_company")).toEqual([]);
  });

  it("gives the admins their own modules and no invoices", () => {
    expect(of("company_admin")).toEqual(["reminders", "support", "organizations"]);
    expect(of("organizer_admin", false, "organizer")).toEqual(["vouchers", "support", "organizations"]);
    expect(of("platform_admin", false, "operator")).toEqual(["reminders", "support", "organizations"]);
  });

  it("names the module of a path", () => {
    expect(moduleOfPath("/invoices/unsent")).toBe("invoices");
    expect(moduleOfPath("/")).toBeNull();
    expect(moduleOfPath("/account")).toBeNull();
  });
});

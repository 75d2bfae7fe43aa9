import { describe, expect, it } from "vitest";
import { isActivePath } from "./active-path";

describe("isActivePath", () => {
  it("marks the link of the current page and of the pages beneath it", () => {
    expect(isActivePath("/invoices", "/invoices")).toBe(true);
    expect(isActivePath("/invoices/customers/new", "/invoices/customers")).toBe(true);
    expect(isActivePath("/INVOICES/Mine", "/invoices/mine")).toBe(true);
  });

  it("does not mark a sibling that only shares a prefix", () => {
    expect(isActivePath("/invoices/customers", "/invoices/custom")).toBe(false);
    expect(isActivePath("/vouchers/admin/settings", "/vouchers/admin/clients")).toBe(false);
  });

  it("marks an `end` link on its own path only, so home is not active everywhere", () => {
    expect(isActivePath("/", "/", true)).toBe(true);
    expect(isActivePath("/invoices", "/", true)).toBe(false);
  });
});

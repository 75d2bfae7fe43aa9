/** The actors of DESIGN.md; the order is the database enum's order, so only append. */
export const ROLES = [
  "user",
  "agent",
  "organizer_admin",
  "company_admin",
  "accounting_admin",
  "user_manager",
  "product",
  "platform_admin",
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = ["operator", "billing_company", "organizer"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

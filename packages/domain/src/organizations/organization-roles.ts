import type { OrganizationKind, Role } from "../shared/roles";

/** The roles that manage an organization's people; an organization always keeps one active holder. */
export const ADMIN_ROLES = [
  "company_admin",
  "organizer_admin",
  "user_manager",
  "platform_admin",
] as const satisfies readonly Role[];

/** Which roles belong to which kind of organization: an admin hands out only these. */
export const ROLES_OF_KIND: Record<OrganizationKind, readonly Role[]> = {
  operator: ["agent", "product", "platform_admin", "user_manager"],
  billing_company: ["user", "company_admin", "accounting_admin", "user_manager"],
  organizer: ["organizer_admin", "user_manager"],
};

/** The role a new organization's first admin gets, by kind. */
export const FIRST_ADMIN_ROLE: Record<OrganizationKind, Role> = {
  operator: "platform_admin",
  billing_company: "company_admin",
  organizer: "organizer_admin",
};

export function isAdminRole(role: Role): boolean {
  return (ADMIN_ROLES as readonly Role[]).includes(role);
}

/** The areas an organization names a responsible person for. */
export const RESPONSIBILITY_AREAS = ["reminders", "voucher_settlements", "invoicing", "user_management"] as const;
export type ResponsibilityArea = (typeof RESPONSIBILITY_AREAS)[number];

/**
 * Whether a change to the organization's people still leaves one active admin. `people` is every
 * member after the change: their roles in this organization and whether the account is open.
 */
export function keepsAnAdmin(people: readonly { roles: readonly Role[]; open: boolean }[]): boolean {
  return people.some((p) => p.open && p.roles.some(isAdminRole));
}

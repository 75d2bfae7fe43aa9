/**
 * Which modules each role may use: the one map the navigation, the route guard and the home page read.
 * It mirrors the api's procedures (roleProcedure / tenantProcedure in apps/api/src/<module>/router.ts):
 * - invoices: "user" (own invoices, tenantProcedure("user")) and "agent" (the unsent queue, roleProcedure("agent"));
 * - vouchers: "organizer_admin", and "user" only where the organization serves an organizer as a provider;
 * - reminders: the company's reminder admins, and the platform admin who keeps the reference rates;
 * - support: everyone files and follows requests; the product team reviews suggestions there;
 * - organizations: the platform admin (every organization) and the people admins of one organization.
 */
export const MODULES = ["invoices", "vouchers", "reminders", "support", "organizations"] as const;
export type Module = (typeof MODULES)[number];

type RoleName =
  "user" | "agent" | "organizer_admin" | "company_admin" | "accounting_admin" | "user_manager" | "product" | "platform_admin";

const ROLE_MODULES: Record<RoleName, readonly Module[]> = {
  user: ["invoices", "vouchers", "support"],
  agent: ["invoices", "support"],
  organizer_admin: ["vouchers", "support", "organizations"],
  company_admin: ["reminders", "support", "organizations"],
  accounting_admin: ["reminders", "support"],
  user_manager: ["reminders", "support", "organizations"],
  product: ["support"],
  platform_admin: ["reminders", "support", "organizations"],
};

export interface ModuleAccessInput {
  memberships: readonly { role: string; organizationKind?: string }[];
  /** The caller's "user" organization is a voucher provider (home.summary); unknown while loading. */
  voucherProvider: boolean;
}

/** The modules the signed-in person may use, in the navigation's order. */
export function modulesFor({ memberships, voucherProvider }: ModuleAccessInput): Set<Module> {
  const allowed = new Set<Module>();
  for (const m of memberships) {
    // The api's isAgent: customer service are agents of the operator.
    if (m.role === "agent" && m.organizationKind !== undefined && m.organizationKind !== "operator") continue;
    for (const module of ROLE_MODULES[m.role as RoleName] ?? []) {
      if (module === "vouchers" && m.role === "user" && !voucherProvider) continue;
      allowed.add(module);
    }
  }
  return allowed;
}

/** The module a path belongs to, or null for the home page, the account and unknown paths. */
export function moduleOfPath(path: string): Module | null {
  const first = path.toLowerCase().split("/")[1] ?? "";
  return (MODULES as readonly string[]).includes(first) ? (first as Module) : null;
}

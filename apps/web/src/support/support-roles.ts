import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc";

export interface SupportRoles {
  /** Every signed-in person files and follows requests; this is the organization they file for. */
  requesterOrganizationId: string | null;
  /** The operator organization where the caller is a support agent, or null. */
  agentOrganizationId: string | null;
  /** The caller reviews development suggestions (product team). */
  product: boolean;
  /** The caller is a company admin and sees the requests of their organization. */
  companyAdminOrganizationId: string | null;
}

export function useSupportRoles(): SupportRoles {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const memberships = me.data?.memberships ?? [];
  return {
    requesterOrganizationId: memberships[0]?.organizationId ?? null,
    agentOrganizationId: memberships.find((m) => m.role === "agent")?.organizationId ?? null,
    product: memberships.some((m) => m.role === "product"),
    companyAdminOrganizationId: memberships.find((m) => m.role === "company_admin")?.organizationId ?? null,
  };
}

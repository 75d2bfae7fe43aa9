import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc";

export interface InvoiceRoles {
  userId: string | null;
  /** The organization in which the caller invoices (role "user"), or null. */
  userOrganizationId: string | null;
  isAgent: boolean;
}

/** Which sides of the invoices module the signed-in person may use; auth.me is already cached by the app. */
export function useInvoiceRoles(): InvoiceRoles {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const memberships = me.data?.memberships ?? [];
  return {
    userId: me.data?.user.id ?? null,
    userOrganizationId: memberships.find((m) => m.role === "user")?.organizationId ?? null,
    // Mirrors the server's rule: customer service are agents of the operator.
    isAgent: memberships.some((m) => m.role === "agent" && m.organizationKind === "operator"),
  };
}

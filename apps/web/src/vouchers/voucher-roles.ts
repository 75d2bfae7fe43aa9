import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc";

export interface VoucherRoles {
  /** The provider organization the caller records events for (role "user"), or null. */
  providerId: string | null;
  /** The county the caller administers (role "organizer_admin"), or null. */
  organizerId: string | null;
}

export function useVoucherRoles(): VoucherRoles {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const memberships = me.data?.memberships ?? [];
  return {
    providerId: memberships.find((m) => m.role === "user")?.organizationId ?? null,
    organizerId: memberships.find((m) => m.role === "organizer_admin")?.organizationId ?? null,
  };
}

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc";
import { modulesFor, type Module } from "./modules";

export interface ModuleAccess {
  allowed: ReadonlySet<Module>;
  /** Still asking whether the caller's organization is a voucher provider. */
  pending: boolean;
}

/** The modules the signed-in person may use, from auth.me (cached by the app) and, for a "user", home.summary. */
export function useModuleAccess(): ModuleAccess {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const memberships = me.data?.memberships ?? [];
  const isUser = memberships.some((m) => m.role === "user");
  const summary = useQuery({ ...trpc.home.summary.queryOptions(), enabled: isUser });
  const voucherProvider = summary.data?.user?.voucherProvider ?? false;
  return { allowed: modulesFor({ memberships, voucherProvider }), pending: isUser && summary.isPending };
}

import type { AppRouter } from "@reskontra/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import superjson from "superjson";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createClients() {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A refusal (403, 404, 400) will not change on retry; only transient failures are retried.
        retry: (count, error) => !(error instanceof TRPCClientError) && count < 2,
      },
    },
  });
  const trpcClient = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: "/trpc",
        transformer: superjson,
        // The api refuses batches of more than 10 calls (apps/api/src/http/request-guard.ts).
        maxItems: 10,
        fetch: (url, init) => fetch(url, { ...init, credentials: "same-origin" }),
      }),
    ],
  });
  return { queryClient, trpcClient };
}

export interface RefusalData {
  appCode?: string;
  field?: string | null;
  fieldErrors?: Record<string, string[]>;
}

/** The server already localized the message; this pulls out the field errors for the form. */
export function refusalOf(error: unknown): { message: string; fieldErrors: Record<string, string[]> } | null {
  if (!error) return null;
  if (!(error instanceof TRPCClientError)) return { message: error instanceof Error ? error.message : "?", fieldErrors: {} };
  const data = (error.data ?? {}) as RefusalData;
  return { message: error.message, fieldErrors: data.fieldErrors ?? {} };
}

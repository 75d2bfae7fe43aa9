import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

export const SUPPORT_PHONE_ERRORS = {} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

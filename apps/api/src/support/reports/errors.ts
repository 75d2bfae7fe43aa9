import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

// The reports room refuses only a wrong month, whose words are the domain's REPORT_MONTH_INVALID.
export const SUPPORT_REPORTS_ERRORS = {} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

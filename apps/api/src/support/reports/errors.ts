import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

export const SUPPORT_REPORTS_ERRORS = {
  REPORT_MONTH_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Valitse raportin kuukausi muodossa VVVV-KK, esimerkiksi 2026-11.",
    en: "Choose the report month as YYYY-MM, for example 2026-11.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

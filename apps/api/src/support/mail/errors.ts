import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** Refusals of the support desk's mail room (the quarantine). */
export const SUPPORT_MAIL_ERRORS = {
  SUPPORT_MAIL_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Viestiä ei löytynyt.",
    en: "The message was not found.",
  },
  SUPPORT_MAIL_NOT_QUARANTINED: {
    trpc: "CONFLICT",
    fi: "Viesti ei ole enää karanteenissa: joku on jo käsitellyt sen.",
    en: "The message is no longer in quarantine: someone has already handled it.",
  },
  SUPPORT_MAIL_TICKET_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Tukipyyntöä tällä numerolla ei löytynyt.",
    en: "No support request has this number.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** Refusals of the own-account procedures: password reset, profile, sessions and tokens. */
export const ACCOUNT_ERRORS = {
  RESET_LINK_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Linkki on vanhentunut tai jo käytetty. Pyydä uusi linkki.",
    en: "The link has expired or been used already. Ask for a new link.",
  },
  RESET_RATE_LIMITED: {
    trpc: "TOO_MANY_REQUESTS",
    fi: "Liian monta pyyntöä. Yritä uudelleen tunnin kuluttua.",
    en: "Too many requests. Try again in an hour.",
  },
  PASSWORD_TOO_SHORT: {
    trpc: "BAD_REQUEST",
    fi: "Salasanassa on oltava vähintään 12 merkkiä.",
    en: "The password must have at least 12 characters.",
  },
  CURRENT_PASSWORD_WRONG: { trpc: "BAD_REQUEST", fi: "Nykyinen salasana on väärin.", en: "The current password is wrong." },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

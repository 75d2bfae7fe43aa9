/** Refusals of the second sign-in step (auth/second-factor.ts); every one names the field it concerns. */
export const AUTH_ERRORS = {
  SECOND_FACTOR_CODE_WRONG: {
    trpc: "UNAUTHORIZED",
    fi: "Koodi on väärä tai vanhentunut. Kirjoita todennussovelluksen nyt näyttämä koodi.",
    en: "The code is wrong or has expired. Enter the code your authenticator app shows now.",
  },
  SECOND_FACTOR_CODE_USED: {
    trpc: "UNAUTHORIZED",
    fi: "Tämä koodi on jo käytetty. Odota, että sovellus näyttää uuden koodin.",
    en: "This code has already been used. Wait for your app to show a new code.",
  },
  SECOND_FACTOR_CHALLENGE_EXPIRED: {
    trpc: "UNAUTHORIZED",
    fi: "Kirjautumisen vahvistus vanheni. Kirjaudu uudelleen salasanallasi.",
    en: "The sign-in confirmation expired. Sign in again with your password.",
  },
  SECOND_FACTOR_STATE_CHANGED: {
    trpc: "CONFLICT",
    fi: "Kaksivaiheisen tunnistuksen tila muuttui. Kirjaudu uudelleen salasanallasi.",
    en: "Your two-step verification changed meanwhile. Sign in again with your password.",
  },
  SECOND_FACTOR_RESET_SELF: {
    trpc: "FORBIDDEN",
    fi: "Omaa kaksivaiheista tunnistusta ei voi nollata itse. Käytä varakoodia tai pyydä pääkäyttäjää.",
    en: "You cannot reset your own two-step verification. Use a recovery code or ask an administrator.",
  },
} as const;

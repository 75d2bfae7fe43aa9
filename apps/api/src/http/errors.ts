/** Refusals of the HTTP layer itself, before any procedure runs (request-guard.ts). */
export const HTTP_ERRORS = {
  REQUEST_CROSS_SITE: {
    trpc: "FORBIDDEN",
    fi: "Pyyntö tuli toiselta sivustolta. Käytä Reskontraa sen omassa osoitteessa.",
    en: "The request came from another site. Use Reskontra at its own address.",
  },
  REQUEST_NOT_JSON: {
    trpc: "UNSUPPORTED_MEDIA_TYPE",
    fi: "Pyynnön sisällön pitää olla JSON-muotoinen (Content-Type: application/json).",
    en: "The request body must be JSON (Content-Type: application/json).",
  },
  REQUEST_BATCH_TOO_LARGE: {
    trpc: "BAD_REQUEST",
    fi: "Yhdessä pyynnössä voi olla enintään {max} kutsua.",
    en: "One request may carry at most {max} calls.",
  },
  REQUEST_LOGIN_BATCHED: {
    trpc: "BAD_REQUEST",
    fi: "Kirjautuminen lähetetään omana pyyntönään, ei muiden kutsujen kanssa.",
    en: "Sign-in is sent as a request of its own, not together with other calls.",
  },
  /** The database connection was lost mid-request (restart, failover): 503 with Retry-After, never a 500. */
  DATABASE_UNAVAILABLE: {
    trpc: "SERVICE_UNAVAILABLE",
    fi: "Tietokantayhteys katkesi hetkeksi. Yritä uudelleen muutaman sekunnin kuluttua.",
    en: "The connection to the database was lost for a moment. Try again in a few seconds.",
  },
} as const;

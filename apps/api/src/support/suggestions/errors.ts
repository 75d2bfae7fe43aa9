import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** Refusals of development suggestions: the domain's decisions and the room's own checks. */
export const SUPPORT_SUGGESTIONS_ERRORS = {
  SUGGESTION_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Kehitysehdotusta ei löytynyt.", en: "Development suggestion not found." },
  SUGGESTION_DECISION_FORBIDDEN: {
    trpc: "FORBIDDEN",
    fi: "Vain tuotetiimi voi päättää kehitysehdotuksen tilasta.",
    en: "Only the product team can decide a suggestion's status.",
  },
  SUGGESTION_STATUS_UNKNOWN: {
    trpc: "BAD_REQUEST",
    fi: "Tila: valitse jokin tiloista.",
    en: "Status: choose one of the statuses.",
  },
  SUGGESTION_STATUS_UNCHANGED: {
    trpc: "CONFLICT",
    fi: "Tila: ehdotus on jo tässä tilassa.",
    en: "Status: the suggestion already has this status.",
  },
  SUGGESTION_MOVE_NOT_ALLOWED: {
    trpc: "CONFLICT",
    fi: "Tila: ehdotusta ei voi siirtää nykyisestä tilastaan valittuun tilaan (toteutettu on lopullinen).",
    en: "Status: the suggestion cannot move from its current status to the chosen one (done is final).",
  },
  SUGGESTION_REASON_REQUIRED: {
    trpc: "BAD_REQUEST",
    fi: "Perustelu: kerro lyhyesti, miksi tila muuttuu.",
    en: "Reason: say briefly why the status changes.",
  },
  SUGGESTION_REASON_TOO_LONG: {
    trpc: "BAD_REQUEST",
    fi: "Perustelu: enintään 1 000 merkkiä.",
    en: "Reason: at most 1,000 characters.",
  },
  SUGGESTION_ALREADY_MERGED: {
    trpc: "CONFLICT",
    fi: "Ehdotus on jo yhdistetty toiseen samanlaiseen ehdotukseen.",
    en: "The suggestion has already been merged into a similar one.",
  },
  SUGGESTION_MERGE_SELF: {
    trpc: "BAD_REQUEST",
    fi: "Kohde: ehdotusta ei voi yhdistää itseensä; valitse toinen ehdotus.",
    en: "Target: a suggestion cannot be merged into itself; choose another one.",
  },
  SUGGESTION_MERGE_TARGET_MERGED: {
    trpc: "BAD_REQUEST",
    fi: "Kohde: valittu ehdotus on itse yhdistetty toiseen; valitse se, johon se yhdistettiin.",
    en: "Target: the chosen suggestion was itself merged; choose the one it was merged into.",
  },
  SUGGESTION_MERGE_DONE: {
    trpc: "CONFLICT",
    fi: "Toteutettua ehdotusta ei voi yhdistää toiseen.",
    en: "A suggestion that is done cannot be merged into another.",
  },
  SUGGESTION_VOTE_OWN: {
    trpc: "BAD_REQUEST",
    fi: "Omaa ehdotusta ei voi äänestää; äänestä muiden ehdotuksia.",
    en: "You cannot vote for your own suggestion; vote for others' suggestions.",
  },
  SUGGESTION_VOTE_MERGED: {
    trpc: "CONFLICT",
    fi: "Ehdotus on yhdistetty toiseen: äänestä sitä ehdotusta.",
    en: "This suggestion was merged into another: vote for that one.",
  },
  SUGGESTION_VOTE_CLOSED: {
    trpc: "CONFLICT",
    fi: "Toteutettua tai hylättyä ehdotusta ei voi enää äänestää.",
    en: "A suggestion that is done or declined can no longer be voted for.",
  },
  SUGGESTION_MONTH_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Kuukausi: anna kuukausi muodossa VVVV-KK, esimerkiksi 2026-11.",
    en: "Month: give the month as YYYY-MM, for example 2026-11.",
  },
  SUGGESTION_ATTACHMENT_TOO_LARGE: {
    trpc: "BAD_REQUEST",
    fi: "Liite: tiedosto on liian suuri (enintään 640 kt).",
    en: "Attachment: the file is too large (at most 640 KB).",
  },
  SUGGESTION_ATTACHMENT_TYPE: {
    trpc: "BAD_REQUEST",
    fi: "Liite: vain PNG- ja JPEG-kuvat, PDF ja tekstitiedostot käyvät.",
    en: "Attachment: only PNG and JPEG images, PDF and plain text files are accepted.",
  },
  SUGGESTION_ATTACHMENT_EMPTY: { trpc: "BAD_REQUEST", fi: "Liite: tiedosto on tyhjä.", en: "Attachment: the file is empty." },
  SUGGESTION_ON_BEHALF_AGENTS_ONLY: {
    trpc: "FORBIDDEN",
    fi: "Asiakkaan puolesta voi jättää ehdotuksen vain asiakastuki.",
    en: "Only support agents can file a suggestion on a customer's behalf.",
  },
  SUGGESTION_CUSTOMER_NOT_FOUND: {
    trpc: "BAD_REQUEST",
    fi: "Asiakas: tällä sähköpostiosoitteella ei löytynyt käyttäjää.",
    en: "Customer: no user was found with this e-mail address.",
  },
  SUGGESTION_CUSTOMER_ORGANIZATION: {
    trpc: "BAD_REQUEST",
    fi: "Organisaatio: valitse organisaatio, johon asiakas kuuluu.",
    en: "Organization: choose an organization the customer belongs to.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

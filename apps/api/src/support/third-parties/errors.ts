import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** Refusals of the third-parties room (directory, triage, forwarding); composed into the api's one table. */
export const SUPPORT_THIRD_PARTIES_ERRORS = {
  THIRD_PARTY_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Kolmatta osapuolta ei löytynyt hakemistosta.",
    en: "The third party was not found in the directory.",
  },
  THIRD_PARTY_TOPIC_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Aihetta ei löytynyt.", en: "The topic was not found." },
  THIRD_PARTY_TICKET_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Tukipyyntöä ei löytynyt, tai sinulla ei ole pääsyä siihen.",
    en: "The support request was not found, or you have no access to it.",
  },
  THIRD_PARTY_INACTIVE: {
    trpc: "CONFLICT",
    fi: "Kolmas osapuoli ei ole enää käytössä: ota se ensin käyttöön hakemistossa.",
    en: "The third party is no longer in use: reactivate it in the directory first.",
  },
  THIRD_PARTY_NO_EMAIL: {
    trpc: "BAD_REQUEST",
    fi: "Kolmannelle osapuolelle ei ole sähköpostiosoitetta, joten pyyntöä ei voi välittää: lisää osoite hakemistoon.",
    en: "The third party has no e-mail address, so the request cannot be forwarded: add one in the directory.",
  },
  THIRD_PARTY_TICKET_CLOSED: {
    trpc: "CONFLICT",
    fi: "Suljettua tukipyyntöä ei voi välittää.",
    en: "A closed support request cannot be forwarded.",
  },
  THIRD_PARTY_PHONE_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Puhelinnumero on virheellinen: anna 6–15 numeroa, esim. +358 20 743 5100.",
    en: "The phone number is not valid: give 6–15 digits, e.g. +358 20 743 5100.",
  },
  THIRD_PARTY_EMAIL_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Sähköpostiosoite on virheellinen: anna muodossa nimi@yritys.fi.",
    en: "The e-mail address is not valid: give it as name@company.com.",
  },
  THIRD_PARTY_WEBSITE_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Verkko-osoite on virheellinen: anna koko osoite, esim. https://www.pagero.com.",
    en: "The web address is not valid: give the whole address, e.g. https://www.pagero.com.",
  },
  THIRD_PARTY_KEYWORDS_MISSING: {
    trpc: "BAD_REQUEST",
    fi: "Anna aiheelle vähintään yksi hakusana.",
    en: "Give the topic at least one keyword.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

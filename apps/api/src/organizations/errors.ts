import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** Refusals of organizations, people and invitations (issue 14); composed into the api's one table. */
export const ORGANIZATION_ERRORS = {
  ORGANIZATION_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Organisaatiota ei löytynyt.", en: "Organization not found." },
  ORGANIZATION_INACTIVE: {
    trpc: "CONFLICT",
    fi: "Organisaatio on poistettu käytöstä: sen henkilöitä ei voi muuttaa.",
    en: "The organization is deactivated: its people cannot be changed.",
  },
  BUSINESS_ID_TAKEN: {
    trpc: "CONFLICT",
    fi: "Tällä Y-tunnuksella on jo organisaatio.",
    en: "An organization with this business ID already exists.",
  },
  SERVED_ORGANIZER_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Palveluntuottaja voi palvella vain hyvinvointialueita (järjestäjiä), ja vain laskutusyritys voi olla palveluntuottaja.",
    en: "A service provider can serve only wellbeing services counties (organizers), and only a billing company can be a provider.",
  },
  ROLE_NOT_OF_ORGANIZATION: {
    trpc: "BAD_REQUEST",
    fi: "Rooli ei kuulu tämän organisaation rooleihin.",
    en: "That role does not belong to this organization.",
  },
  MEMBER_EXISTS: {
    trpc: "CONFLICT",
    fi: "Henkilö on jo tämän organisaation jäsen.",
    en: "This person is already a member of this organization.",
  },
  MEMBER_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Henkilö ei ole tämän organisaation jäsen.",
    en: "This person is not a member of this organization.",
  },
  LAST_ADMIN: {
    trpc: "CONFLICT",
    fi: "Organisaatiossa on oltava vähintään yksi pääkäyttäjä: nimeä ensin toinen pääkäyttäjä.",
    en: "The organization must keep at least one admin: name another admin first.",
  },
  INVITATION_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Kutsulinkki on vanhentunut, jo käytetty tai peruttu. Pyydä uusi kutsu.",
    en: "The invitation link has expired, been used already or been withdrawn. Ask for a new invitation.",
  },
  INVITATION_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Kutsua ei löytynyt.", en: "Invitation not found." },
  ACCOUNT_SHARED: {
    trpc: "CONFLICT",
    fi: "Henkilöllä on rooleja myös muissa organisaatioissa, joten tunnusta ei voi sulkea täältä: poista hänen roolinsa tästä organisaatiosta.",
    en: "This person also has roles in other organizations, so the account cannot be closed from here: remove their roles in this organization instead.",
  },
  ACCOUNT_CLOSED: {
    trpc: "CONFLICT",
    fi: "Tämä tunnus on suljettu. Pyydä organisaatiosi pääkäyttäjää avaamaan se.",
    en: "This account is closed. Ask your organization's admin to reopen it.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

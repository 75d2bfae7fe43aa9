import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** The phone room's refusals: each names the field and the reason in plain words. */
export const SUPPORT_PHONE_ERRORS = {
  PHONE_LINE_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Puhelinlinjaa ei löytynyt: valitse linja listasta.",
    en: "The phone line was not found: choose a line from the list.",
  },
  PHONE_TICKET_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Tukipyyntöä ei löytynyt: tarkista pyynnön numero.",
    en: "The support request was not found: check the request number.",
  },
  PHONE_NUMBER_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Puhelinnumero ei ole puhelinnumero: kirjoita se muodossa 040 123 4567 tai +358 40 123 4567.",
    en: "That is not a phone number: write it as 040 123 4567 or +358 40 123 4567.",
  },
  CALL_SUBJECT_REQUIRED: {
    trpc: "BAD_REQUEST",
    fi: "Anna uudelle tukipyynnölle aihe tai valitse olemassa oleva pyyntö.",
    en: "Give the new support request a subject or choose an existing request.",
  },
  CALLBACK_TIME_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Anna soittoajalle päivä ja kellonaika.",
    en: "Give the callback a date and a time.",
  },
  CALLBACK_TIME_PAST: {
    trpc: "BAD_REQUEST",
    fi: "Luvattu soittoaika on jo mennyt: valitse tuleva aika.",
    en: "The promised callback time has already passed: choose a time to come.",
  },
  CALLBACK_TIME_TOO_FAR: {
    trpc: "BAD_REQUEST",
    fi: "Soittoaika voi olla enintään {days} päivän päässä.",
    en: "The callback time can be at most {days} days ahead.",
  },
  CALLBACK_OUTSIDE_HOURS: {
    trpc: "BAD_REQUEST",
    fi: "Luvattu soittoaika ei ole linjan aukioloaikana: linja palvelee arkipäivisin klo {open}–{close}, ei viikonloppuisin eikä pyhäpäivinä.",
    en: "The promised callback time is outside the line's opening hours: the line is open on business days {open}–{close}, not at weekends or on public holidays.",
  },
  CALLBACK_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Soittopyyntöä ei löytynyt.",
    en: "The callback request was not found.",
  },
  CALLBACK_NOT_DUE: {
    trpc: "CONFLICT",
    fi: "Soittopyyntö on jo hoidettu; päivitä lista.",
    en: "The callback request has already been handled; refresh the list.",
  },
  CALLBACK_ASSIGNEE_NOT_AGENT: {
    trpc: "BAD_REQUEST",
    fi: "Soittopyynnön voi antaa vain asiakastuen agentille: valitse vastaava listasta.",
    en: "A callback can be given only to a support agent: choose one from the list.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

export type SupportPhoneErrorCode = keyof typeof SUPPORT_PHONE_ERRORS;

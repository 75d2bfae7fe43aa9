import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { fromDomain } from "../../errors-from-domain";

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
  CALL_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Puhelua ei löytynyt; päivitä lista.",
    en: "The call was not found; refresh the list.",
  },
  CALL_ALREADY_ON_TICKET: {
    trpc: "CONFLICT",
    fi: "Puhelu on jo kirjattu tukipyyntöön; päivitä lista.",
    en: "The call is already on a support request; refresh the list.",
  },
  CALLBACK_TIME_INVALID: fromDomain("CALLBACK_TIME_INVALID", "BAD_REQUEST"),
  CALLBACK_TIME_PAST: fromDomain("CALLBACK_TIME_PAST", "BAD_REQUEST"),
  CALLBACK_TIME_TOO_FAR: fromDomain("CALLBACK_TIME_TOO_FAR", "BAD_REQUEST"),
  CALLBACK_OUTSIDE_HOURS: fromDomain("CALLBACK_OUTSIDE_HOURS", "BAD_REQUEST"),
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

import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { fromDomain } from "../../errors-from-domain";

/** Refusals of development suggestions: the domain's decisions (their text is the domain's) and the room's own checks. */
export const SUPPORT_SUGGESTIONS_ERRORS = {
  SUGGESTION_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Kehitysehdotusta ei löytynyt.", en: "Development suggestion not found." },
  SUGGESTION_DECISION_FORBIDDEN: fromDomain("SUGGESTION_DECISION_FORBIDDEN", "FORBIDDEN"),
  SUGGESTION_STATUS_UNKNOWN: fromDomain("SUGGESTION_STATUS_UNKNOWN", "BAD_REQUEST"),
  SUGGESTION_STATUS_UNCHANGED: fromDomain("SUGGESTION_STATUS_UNCHANGED", "CONFLICT"),
  SUGGESTION_MOVE_NOT_ALLOWED: fromDomain("SUGGESTION_MOVE_NOT_ALLOWED", "CONFLICT"),
  SUGGESTION_REASON_REQUIRED: fromDomain("SUGGESTION_REASON_REQUIRED", "BAD_REQUEST"),
  SUGGESTION_REASON_TOO_LONG: fromDomain("SUGGESTION_REASON_TOO_LONG", "BAD_REQUEST"),
  SUGGESTION_ALREADY_MERGED: fromDomain("SUGGESTION_ALREADY_MERGED", "CONFLICT"),
  SUGGESTION_MERGE_SELF: fromDomain("SUGGESTION_MERGE_SELF", "BAD_REQUEST"),
  SUGGESTION_MERGE_TARGET_MERGED: fromDomain("SUGGESTION_MERGE_TARGET_MERGED", "BAD_REQUEST"),
  SUGGESTION_MERGE_DONE: fromDomain("SUGGESTION_MERGE_DONE", "CONFLICT"),
  SUGGESTION_VOTE_OWN: fromDomain("SUGGESTION_VOTE_OWN", "BAD_REQUEST"),
  SUGGESTION_VOTE_MERGED: fromDomain("SUGGESTION_VOTE_MERGED", "CONFLICT"),
  SUGGESTION_VOTE_CLOSED: fromDomain("SUGGESTION_VOTE_CLOSED", "CONFLICT"),
  SUGGESTION_MONTH_INVALID: fromDomain("SUGGESTION_MONTH_INVALID", "BAD_REQUEST"),
  SUGGESTION_ATTACHMENT_TOO_LARGE: fromDomain("SUGGESTION_ATTACHMENT_TOO_LARGE", "BAD_REQUEST"),
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

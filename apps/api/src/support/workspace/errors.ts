import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { fromDomain } from "../../errors-from-domain";

// The workspace's refusals. Codes are prefixed with the room, so no other room's table can shadow them.
export const SUPPORT_WORKSPACE_ERRORS = {
  WORKSPACE_TICKET_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Tukipyyntöä ei löytynyt: tarkista pyynnön numero.",
    en: "The support request was not found: check the request number.",
  },
  WORKSPACE_TICKET_MERGED: fromDomain("WORKSPACE_TICKET_MERGED", "CONFLICT"),
  WORKSPACE_STATUS_NOT_ALLOWED: fromDomain("WORKSPACE_STATUS_NOT_ALLOWED", "BAD_REQUEST"),
  WORKSPACE_MERGE_SAME: fromDomain("WORKSPACE_MERGE_SAME", "BAD_REQUEST"),
  WORKSPACE_MERGE_TARGET_CLOSED: fromDomain("WORKSPACE_MERGE_TARGET_CLOSED", "BAD_REQUEST"),
  WORKSPACE_ASSIGNEE_NOT_AGENT: {
    trpc: "BAD_REQUEST",
    fi: "Käsittelijäksi voi valita vain tukihenkilön.",
    en: "Only a support agent can be chosen as the assignee.",
  },
  WORKSPACE_LINE_NOT_FOUND: {
    trpc: "BAD_REQUEST",
    fi: "Jonoa ei löytynyt: valitse jono listasta.",
    en: "The queue was not found: choose a queue from the list.",
  },
  WORKSPACE_CURSOR_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Sivutus on vanhentunut: hae lista uudelleen.",
    en: "The page marker is out of date: load the list again.",
  },
  WORKSPACE_NO_REQUESTER_EMAIL: {
    trpc: "BAD_REQUEST",
    fi: "Pyynnöllä ei ole vastaanottajan sähköpostiosoitetta: kirjoita sisäinen muistiinpano tai soita.",
    en: "The request has no e-mail address to reply to: write an internal note or call.",
  },
  WORKSPACE_SAVED_REPLY_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Valmisvastausta ei löytynyt: se on ehkä poistettu.",
    en: "The saved reply was not found: it may have been deleted.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

// The workspace's refusals. Codes are prefixed with the room, so no other room's table can shadow them.
export const SUPPORT_WORKSPACE_ERRORS = {
  WORKSPACE_TICKET_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Tukipyyntöä ei löytynyt: tarkista pyynnön numero.",
    en: "The support request was not found: check the request number.",
  },
  WORKSPACE_TICKET_MERGED: {
    trpc: "CONFLICT",
    fi: "Tukipyyntö on yhdistetty toiseen pyyntöön: jatka siinä.",
    en: "The support request has been merged into another one: continue there.",
  },
  WORKSPACE_STATUS_NOT_ALLOWED: {
    trpc: "BAD_REQUEST",
    fi: "Tilaa ”Uusi” ei voi asettaa käsittelyn alettua: valitse toinen tila.",
    en: "The status “New” cannot be set once work has started: choose another status.",
  },
  WORKSPACE_MERGE_SAME: {
    trpc: "BAD_REQUEST",
    fi: "Pyyntöä ei voi yhdistää itseensä: anna toisen pyynnön numero.",
    en: "A request cannot be merged into itself: give the number of another request.",
  },
  WORKSPACE_MERGE_TARGET_CLOSED: {
    trpc: "BAD_REQUEST",
    fi: "Kohdepyyntö on suljettu tai yhdistetty: valitse avoin pyyntö, johon yhdistetään.",
    en: "The target request is closed or merged: choose an open request to merge into.",
  },
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

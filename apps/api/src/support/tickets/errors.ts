import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** Refusals of the requester's side of the support desk, in the words the form shows at the field. */
export const SUPPORT_TICKETS_ERRORS = {
  TICKET_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Tukipyyntöä ei löytynyt.", en: "Support request not found." },
  TICKET_IDENTIFIER_NOT_CONFIRMED: {
    trpc: "BAD_REQUEST",
    fi: "Kuvauksesta ei löytynyt laskun-, viite- tai asiakasnumeroa. Lisää numero tai vahvista, että lähetät pyynnön ilman sitä.",
    en: "No invoice, reference or customer number was found in the description. Add the number or confirm you send the request without it.",
  },
  TICKET_CLOSED_START_NEW: {
    trpc: "CONFLICT",
    fi: "Tukipyyntöön ei voi enää vastata, koska se on suljettu tai ratkaistu yli 14 päivää sitten. Tee uusi tukipyyntö.",
    en: "The support request can no longer be answered: it is closed or was resolved more than 14 days ago. File a new request.",
  },
  TICKET_ALREADY_RESOLVED: {
    trpc: "CONFLICT",
    fi: "Tukipyyntö on jo ratkaistu tai suljettu.",
    en: "The support request is already resolved or closed.",
  },
  ATTACHMENT_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Liitettä ei löytynyt.", en: "Attachment not found." },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    trpc: "BAD_REQUEST",
    fi: "Liitteen tyyppiä ei hyväksytä: liitä kuva (PNG tai JPEG), PDF tai tekstitiedosto.",
    en: "The attachment's type is not accepted: attach a picture (PNG or JPEG), a PDF or a text file.",
  },
  ATTACHMENT_TOO_LARGE: {
    trpc: "PAYLOAD_TOO_LARGE",
    fi: "Liite on liian suuri: yksi tiedosto voi olla enintään 10 Mt.",
    en: "The attachment is too large: one file can be at most 10 MB.",
  },
  ATTACHMENT_EMPTY: { trpc: "BAD_REQUEST", fi: "Liitetiedosto on tyhjä.", en: "The attached file is empty." },
  ATTACHMENT_TOO_MANY: {
    trpc: "BAD_REQUEST",
    fi: "Yhteen viestiin voi liittää enintään 5 tiedostoa.",
    en: "One message can carry at most 5 files.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

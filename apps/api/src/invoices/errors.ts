import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** Refusals of the invoices module; composed into the api's one error table. */
export const INVOICE_ERRORS = {
  INVOICE_NOT_EDITABLE: {
    trpc: "CONFLICT",
    fi: "Laskua voi muokata vain luonnoksena tai korjattavana.",
    en: "An invoice can be edited only as a draft or when returned for correction.",
  },
  INVOICE_NOT_SUBMITTABLE: {
    trpc: "CONFLICT",
    fi: "Vain luonnoksen tai korjatun laskun voi lähettää käsiteltäväksi.",
    en: "Only a draft or a corrected invoice can be submitted.",
  },
  INVOICE_NOT_SENDABLE: {
    trpc: "CONFLICT",
    fi: "Laskua ei voi lähettää: se ei ole lähettämättömissä laskuissa.",
    en: "The invoice cannot be sent: it is not among unsent invoices.",
  },
  INVOICE_ALREADY_QUEUED: {
    trpc: "CONFLICT",
    fi: "Lasku on jo lähetysjonossa.",
    en: "The invoice is already queued for sending.",
  },
  INVOICE_NOT_OPEN: {
    trpc: "CONFLICT",
    fi: "Laskulla ei ole avointa saatavaa.",
    en: "The invoice has no open receivable.",
  },
  INVOICE_NOT_CREDITABLE: {
    trpc: "CONFLICT",
    fi: "Vain lähetetyn laskun voi hyvittää, eikä hyvityslaskua voi hyvittää.",
    en: "Only a sent invoice can be credited, and a credit note cannot be credited.",
  },
  PAYMENT_EXCEEDS_OPEN: {
    trpc: "BAD_REQUEST",
    fi: "Maksu ({amount} €) on suurempi kuin avoin saatava ({open} €).",
    en: "The payment (€{amount}) exceeds the open amount (€{open}).",
  },
  USER_NUMBER_MISSING: {
    trpc: "FORBIDDEN",
    fi: "Sinulla ei ole käyttäjänumeroa, joten et voi laskuttaa.",
    en: "You have no user number, so you cannot invoice.",
  },
  INVOICE_NOT_SUBMITTED: {
    trpc: "CONFLICT",
    fi: "PDF on saatavilla, kun lasku on lähetetty käsiteltäväksi ja sillä on numero.",
    en: "The PDF is available once the invoice has been submitted and has a number.",
  },
  CUSTOMER_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Asiakasta ei löytynyt.", en: "Customer not found." },
  CUSTOMER_NUMBER_TAKEN: {
    trpc: "CONFLICT",
    fi: "Asiakasnumero {customerNumber} on jo käytössä.",
    en: "Customer number {customerNumber} is already in use.",
  },
  DELIVERY_EMAIL_MISSING: {
    trpc: "BAD_REQUEST",
    fi: "Sähköpostilaskua varten asiakkaalla on oltava sähköpostiosoite.",
    en: "An e-mail invoice needs the customer's e-mail address.",
  },
  DELIVERY_EINVOICE_MISSING: {
    trpc: "BAD_REQUEST",
    fi: "Verkkolaskua varten asiakkaalla on oltava verkkolaskuosoite ja välittäjätunnus.",
    en: "An e-invoice needs the customer's e-invoice address and operator id.",
  },
  BUSINESS_ID_REQUIRED: {
    trpc: "BAD_REQUEST",
    fi: "Yritysasiakkaalle tarvitaan Y-tunnus.",
    en: "A business customer needs a business ID.",
  },
  BUSINESS_ID_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Y-tunnus on virheellinen: muoto 1234567-8 ja tarkistusmerkin on täsmättävä.",
    en: "The business ID is invalid: the format is 1234567-8 and the check digit must match.",
  },
  EINVOICE_OPERATOR_REQUIRED: {
    trpc: "BAD_REQUEST",
    fi: "Anna verkkolaskuosoitteelle myös välittäjätunnus, muuten verkkolaskua ei voi toimittaa.",
    en: "Give the operator id with the e-invoice address, otherwise no e-invoice can be delivered.",
  },
  EINVOICE_ADDRESS_REQUIRED: {
    trpc: "BAD_REQUEST",
    fi: "Välittäjätunnus tarvitsee myös verkkolaskuosoitteen.",
    en: "An operator id needs the e-invoice address too.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** Refusals of the reminders module; composed into the api's one error table. */
export const REMINDER_ERRORS = {
  REMINDERS_NOT_ACTIVE: {
    trpc: "CONFLICT",
    fi: "Maksumuistutuksia ei ole otettu käyttöön tälle yritykselle.",
    en: "Payment reminders have not been activated for this company.",
  },
  REMINDERS_ALREADY_ACTIVE: {
    trpc: "CONFLICT",
    fi: "Maksumuistutukset on jo otettu käyttöön.",
    en: "Payment reminders are already active.",
  },
  REMINDERS_FEE_NOT_CONFIRMED: {
    trpc: "BAD_REQUEST",
    fi: "Vahvista, että jokainen lähetetty muistutus maksaa {fee} € (ALV 0 %).",
    en: "Confirm that each sent reminder costs €{fee} (VAT 0 %).",
  },
  REMINDER_RULE_NOT_FOUND: { trpc: "NOT_FOUND", fi: "Muistutussääntöä ei löytynyt.", en: "Reminder rule not found." },
  REMINDER_RULE_IS_DEFAULT: {
    trpc: "CONFLICT",
    fi: "Oletussääntöä ei voi poistaa.",
    en: "A default rule cannot be deleted.",
  },
  REMINDER_DEFAULT_KIND_FIXED: {
    trpc: "BAD_REQUEST",
    fi: "Oletussäännön asiakastyyppiä ei voi vaihtaa.",
    en: "The customer kind of a default rule cannot be changed.",
  },
  REMINDER_RULE_KIND_MISMATCH: {
    trpc: "BAD_REQUEST",
    fi: "Henkilöasiakkaan voi liittää vain kuluttajasääntöön: yrityssäännön kulut ylittäisivät kuluttajan lakisääteiset rajat.",
    en: "A person customer can be placed only in a consumer rule: a business rule's fees would exceed the consumer limits of the law.",
  },
  REMINDER_COMPENSATION_CONSUMER: {
    trpc: "BAD_REQUEST",
    fi: "Kiinteää 40 euron korvausta voi periä vain yritysasiakkailta.",
    en: "The fixed €40 compensation can be claimed from business customers only.",
  },
  REMINDER_CUSTOMERS_NOT_FOUND: {
    trpc: "NOT_FOUND",
    fi: "Valituista asiakkaista {count} ei ole tämän yrityksen asiakkaita. Ketään ei siirretty.",
    en: "{count} of the selected customers are not customers of this company. No one was moved.",
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

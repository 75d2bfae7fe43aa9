import type { TicketCategory, TicketChannel } from "./lists";

type VocabularyKey = `channel.${TicketChannel}` | `category.${TicketCategory}`;

/**
 * The names of the desk's channels and categories in both languages, for every dictionary that
 * shows them (the report page, the report's CSV): spread into a module's `defineMessages`.
 */
export const supportVocabularyTexts = {
  fi: {
    "channel.web": "Verkkolomake",
    "channel.email": "Sähköposti",
    "channel.phone": "Puhelin",
    "channel.voucher_report": "Palvelusetelin virheilmoitus",
    "channel.agent": "Tukihenkilön kirjaama",
    "category.invoices": "Laskutus ja lähetys",
    "category.vouchers": "Palvelusetelit",
    "category.reminders": "Maksumuistutukset",
    "category.accounts": "Käyttäjätunnukset",
    "category.technical": "Tekninen",
  },
  en: {
    "channel.web": "Web form",
    "channel.email": "E-mail",
    "channel.phone": "Phone",
    "channel.voucher_report": "Service voucher error report",
    "channel.agent": "Filed by an agent",
    "category.invoices": "Invoicing and dispatch",
    "category.vouchers": "Service vouchers",
    "category.reminders": "Payment reminders",
    "category.accounts": "User accounts",
    "category.technical": "Technical",
  },
} as const satisfies Record<"fi" | "en", Record<VocabularyKey, string>>;

import { defineMessages } from "@reskontra/i18n";

// The support desk's frame: its tabs and the texts shared by every room of it.
export const supportMessages = defineMessages({
  fi: {
    title: "Asiakastuki",
    "tab.home": "Omat pyynnöt",
    "tab.workspace": "Työjono",
    "tab.phone": "Puhelut",
    "tab.mail": "Karanteeni",
    "tab.thirdParties": "Kolmannet osapuolet",
    "tab.suggestions": "Kehitysehdotukset",
    "tab.reports": "Raportit",
    loading: "Ladataan…",
  },
  en: {
    title: "Support",
    "tab.home": "My requests",
    "tab.workspace": "Work queue",
    "tab.phone": "Calls",
    "tab.mail": "Quarantine",
    "tab.thirdParties": "Third parties",
    "tab.suggestions": "Development suggestions",
    "tab.reports": "Reports",
    loading: "Loading…",
  },
});
export type SupportMessageKey = keyof (typeof supportMessages)["fi"];

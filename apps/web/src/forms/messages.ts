import { defineMessages } from "@reskontra/i18n";

// Texts of the shared form helpers (the unsaved-work guard); loaded with the first form that uses them.
export const formMessages = defineMessages({
  fi: {
    "unsaved.leave": "Lomakkeella on tallentamattomia muutoksia. Poistutaanko sivulta? Muutokset menetetään.",
  },
  en: {
    "unsaved.leave": "The form has unsaved changes. Leave the page? The changes will be lost.",
  },
});

import { defineMessages } from "@reskontra/i18n";

/** The password-reset mail, in the person's own language. */
export const accountMailMessages = defineMessages({
  fi: {
    resetSubject: "Reskontra: salasanan vaihto",
    resetBody:
      "Hei {name},\n\nSalasanasi vaihtoa pyydettiin. Aseta uusi salasana tästä linkistä:\n{link}\n\nLinkki on voimassa {minutes} minuuttia ja toimii kerran. Vaihdon jälkeen kaikki istuntosi päättyvät. Jos et pyytänyt vaihtoa, voit jättää viestin huomiotta.",
  },
  en: {
    resetSubject: "Reskontra: password reset",
    resetBody:
      "Hello {name},\n\nA password reset was requested for you. Set a new password with this link:\n{link}\n\nThe link is valid for {minutes} minutes and works once. After the reset all your sessions end. If you did not ask for this, you can ignore this message.",
  },
});

import { defineMessages } from "@reskontra/i18n";

// Texts of the sign-in screen.
export const loginMessages = defineMessages({
  fi: {
    "login.title": "Kirjaudu sisään",
    "login.email": "Sähköposti",
    "login.password": "Salasana",
    "login.submit": "Kirjaudu",
    "login.busy": "Kirjaudutaan…",
    "secondFactor.title": "Vahvista kirjautuminen",
    "secondFactor.intro":
      "Kirjoita todennussovelluksesi näyttämä kuusinumeroinen koodi. Jos puhelin ei ole käsillä, käytä varakoodia.",
    "secondFactor.code": "Vahvistuskoodi",
    "secondFactor.codeHint": "6 numeroa tai varakoodi (xxxxx-xxxxx)",
    "secondFactor.submit": "Vahvista",
    "secondFactor.busy": "Tarkistetaan…",
    "secondFactor.back": "Takaisin",
    "enrol.title": "Ota kaksivaiheinen tunnistus käyttöön",
    "enrol.intro":
      "Roolisi vuoksi kirjautuminen vaatii salasanan lisäksi koodin todennussovelluksesta (esim. Google Authenticator, Microsoft Authenticator tai FreeOTP).",
    "enrol.start": "Näytä QR-koodi",
    "enrol.qrAlt": "QR-koodi todennussovellukselle",
    "enrol.secret": "Tai kirjoita sovellukseen tämä avain:",
    "enrol.secretOnce": "Avain näytetään vain nyt.",
    "enrol.code": "Sovelluksen näyttämä koodi",
    "enrol.confirm": "Vahvista ja ota käyttöön",
    "recovery.title": "Varakoodit",
    "recovery.intro":
      "Tallenna nämä {count} varakoodia turvalliseen paikkaan. Kukin kelpaa kerran, jos puhelin katoaa. Niitä ei näytetä uudelleen.",
    "recovery.continue": "Olen tallentanut koodit, jatka",
  },
  en: {
    "login.title": "Sign in",
    "login.email": "E-mail",
    "login.password": "Password",
    "login.submit": "Sign in",
    "login.busy": "Signing in…",
    "secondFactor.title": "Confirm sign-in",
    "secondFactor.intro": "Enter the six-digit code your authenticator app shows. Without your phone, use a recovery code.",
    "secondFactor.code": "Verification code",
    "secondFactor.codeHint": "6 digits or a recovery code (xxxxx-xxxxx)",
    "secondFactor.submit": "Verify",
    "secondFactor.busy": "Checking…",
    "secondFactor.back": "Back",
    "enrol.title": "Set up two-step verification",
    "enrol.intro":
      "Your role needs a code from an authenticator app (e.g. Google Authenticator, Microsoft Authenticator or FreeOTP) besides your password.",
    "enrol.start": "Show the QR code",
    "enrol.qrAlt": "QR code for the authenticator app",
    "enrol.secret": "Or type this key into the app:",
    "enrol.secretOnce": "The key is shown only now.",
    "enrol.code": "Code the app shows",
    "enrol.confirm": "Confirm and turn on",
    "recovery.title": "Recovery codes",
    "recovery.intro":
      "Keep these {count} recovery codes somewhere safe. Each works once if you lose your phone. They are not shown again.",
    "recovery.continue": "I have saved the codes, continue",
  },
});

import { defineMessages } from "@reskontra/i18n";

// Texts of the sign-in screen.
export const loginMessages = defineMessages({
  fi: {
    "login.title": "Kirjaudu sisään",
    "login.email": "Sähköposti",
    "login.password": "Salasana",
    "login.submit": "Kirjaudu",
    "login.busy": "Kirjaudutaan…",
  },
  en: {
    "login.title": "Sign in",
    "login.email": "E-mail",
    "login.password": "Password",
    "login.submit": "Sign in",
    "login.busy": "Signing in…",
  },
});

import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { AUTH_ERRORS } from "./auth/errors";
import { HTTP_ERRORS } from "./http/errors";
import { INVOICE_ERRORS } from "./invoices/errors";
import { REMINDER_ERRORS } from "./reminders/errors";
import { SUPPORT_ERRORS } from "./support/errors";
import { VOUCHER_ERRORS } from "./vouchers/errors";
import { ORGANIZATION_ERRORS } from "./organizations/errors";
import { ACCOUNT_ERRORS } from "./account/errors";

/**
 * The one table of application refusals: stable code → tRPC code (which fixes the HTTP status)
 * and the message in both UI languages. Domain codes not listed here are input refusals (400).
 */
const CORE_ERRORS = {
  AUTH_REQUIRED: { trpc: "UNAUTHORIZED", fi: "Kirjaudu sisään jatkaaksesi.", en: "Sign in to continue." },
  AUTH_INVALID_CREDENTIALS: {
    trpc: "UNAUTHORIZED",
    fi: "Sähköpostiosoite tai salasana on väärin.",
    en: "The e-mail address or password is wrong.",
  },
  AUTH_RATE_LIMITED: {
    trpc: "TOO_MANY_REQUESTS",
    fi: "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen {minutes} minuutin kuluttua.",
    en: "Too many failed sign-ins. Try again in {minutes} minutes.",
  },
  SESSION_EXPIRED: {
    trpc: "UNAUTHORIZED",
    fi: "Istunto on vanhentunut. Kirjaudu uudelleen.",
    en: "Your session has expired. Sign in again.",
  },
  TOKEN_INVALID: {
    trpc: "UNAUTHORIZED",
    fi: "API-avain on virheellinen, vanhentunut tai peruttu.",
    en: "The API token is invalid, expired or revoked.",
  },
  ROLE_FORBIDDEN: {
    trpc: "FORBIDDEN",
    fi: "Sinulla ei ole oikeutta tähän toimintoon.",
    en: "You do not have permission for this action.",
  },
  TENANT_FORBIDDEN: {
    trpc: "FORBIDDEN",
    fi: "Sinulla ei ole pääsyä tämän organisaation tietoihin.",
    en: "You do not have access to this organization's data.",
  },
  NOT_FOUND: { trpc: "NOT_FOUND", fi: "Tietoa ei löytynyt.", en: "Not found." },
  CONFLICT: {
    trpc: "CONFLICT",
    fi: "Tieto on muuttunut. Päivitä ja yritä uudelleen.",
    en: "The data changed. Refresh and try again.",
  },
  DATE_INVALID: { trpc: "BAD_REQUEST", fi: "Anna päivämäärä muodossa VVVV-KK-PP.", en: "Give the date as YYYY-MM-DD." },
  REFERENCE_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Viitenumero on virheellinen: tarkista numerot ja tarkiste.",
    en: "The reference number is invalid: check the digits and the check digit.",
  },
  DATE_RANGE_INVALID: {
    trpc: "BAD_REQUEST",
    fi: "Loppupäivä ei voi olla ennen alkupäivää.",
    en: "The end date cannot be before the start date.",
  },
  INPUT_INVALID: { trpc: "BAD_REQUEST", fi: "Tarkista kentät.", en: "Check the fields." },
  INTERNAL: {
    trpc: "INTERNAL_SERVER_ERROR",
    fi: "Odottamaton virhe. Yritä hetken kuluttua uudelleen.",
    en: "Unexpected error. Try again in a moment.",
  },
  ...HTTP_ERRORS,
  ...AUTH_ERRORS,
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; fi: string; en: string }>;

/** Each module keeps its refusals beside its code; this is where they meet. */
export const APP_ERRORS = {
  ...CORE_ERRORS,
  ...INVOICE_ERRORS,
  ...VOUCHER_ERRORS,
  ...REMINDER_ERRORS,
  ...SUPPORT_ERRORS,
  ...ORGANIZATION_ERRORS,
  ...ACCOUNT_ERRORS,
};

export type AppErrorCode = keyof typeof APP_ERRORS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly options: { field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function fillParams(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** How long a client is asked to wait (Retry-After) when the database connection was lost. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

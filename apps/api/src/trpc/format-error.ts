import { TRPCError } from "@trpc/server";
import { isConnectionLost } from "@reskontra/db";
import { domainErrorMessages, isDomainError } from "@reskontra/domain";
import { issueText } from "@reskontra/contracts/shared";
import { ZodError } from "zod";
import { APP_ERRORS, AppError, fillParams, type AppErrorCode } from "../errors";
import type { Locale } from "./context";

export interface ErrorData {
  appCode: string;
  field: string | null;
  /** Field path ("rows.0.unitPriceCents") → messages in the caller's language. */
  fieldErrors: Record<string, string[]>;
}

function textOf(code: string, locale: Locale): string | null {
  if (code in APP_ERRORS) return APP_ERRORS[code as AppErrorCode][locale];
  return domainErrorMessages[code]?.[locale] ?? null;
}

function fieldErrorsOf(error: ZodError, locale: Locale): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_";
    (out[path] ??= []).push(issueText(issue, locale, (code) => textOf(code, locale)));
  }
  return out;
}

/** Turns any refusal into the one vocabulary: a stable code, the field, and a message in the caller's language. */
export function describeError(error: TRPCError, locale: Locale): { message: string; data: ErrorData } {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fieldErrors = fieldErrorsOf(cause, locale);
    const first = Object.keys(fieldErrors)[0] ?? null;
    return {
      // The field itself is in data.field for the form; the sentence stays free of internal paths.
      message: `${APP_ERRORS.INPUT_INVALID[locale]} ${first ? (fieldErrors[first]?.[0] ?? "") : ""}`.trim(),
      data: { appCode: "INPUT_INVALID", field: first, fieldErrors },
    };
  }
  if (cause instanceof AppError) {
    const entry = APP_ERRORS[cause.code];
    const field = cause.options.field ?? null;
    return {
      message: fillParams(entry[locale], cause.options.params),
      data: {
        appCode: cause.code,
        field,
        fieldErrors: field ? { [field]: [fillParams(entry[locale], cause.options.params)] } : {},
      },
    };
  }
  if (isDomainError(cause)) {
    const text = domainErrorMessages[cause.code]?.[locale] ?? cause.message;
    const message = fillParams(text, cause.params);
    const field = cause.field ?? null;
    return { message, data: { appCode: cause.code, field, fieldErrors: field ? { [field]: [message] } : {} } };
  }
  if (isConnectionLost(cause)) {
    return {
      message: APP_ERRORS.DATABASE_UNAVAILABLE[locale],
      data: { appCode: "DATABASE_UNAVAILABLE", field: null, fieldErrors: {} },
    };
  }
  const fallback: AppErrorCode = error.code === "NOT_FOUND" ? "NOT_FOUND" : "INTERNAL";
  return {
    message: error.code === "INTERNAL_SERVER_ERROR" ? APP_ERRORS.INTERNAL[locale] : error.message,
    data: { appCode: error.code === "INTERNAL_SERVER_ERROR" ? fallback : error.code, field: null, fieldErrors: {} },
  };
}

/** Maps a thrown application or domain error to the tRPC code that fixes its HTTP status. */
export function toTrpcError(error: unknown): unknown {
  if (error instanceof AppError) {
    return new TRPCError({ code: APP_ERRORS[error.code].trpc, message: error.code, cause: error });
  }
  if (isDomainError(error)) {
    return new TRPCError({ code: "BAD_REQUEST", message: error.code, cause: error });
  }
  // The driver's error stays the cause, so the log says which connection failed and how.
  if (isConnectionLost(error)) {
    return new TRPCError({ code: APP_ERRORS.DATABASE_UNAVAILABLE.trpc, message: "DATABASE_UNAVAILABLE", cause: error });
  }
  return error;
}

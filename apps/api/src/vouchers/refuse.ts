import { DomainError, type Allowed } from "@reskontra/domain";
import { AppError } from "../errors";
import { isVoucherErrorCode } from "./errors";

/** Throws a domain refusal code as the api's error, so it carries its tRPC code and its text. */
export function refuseCode(code: string, field?: string, params?: Record<string, string | number>): never {
  const options = { ...(field !== undefined ? { field } : {}), ...(params !== undefined ? { params } : {}) };
  if (isVoucherErrorCode(code)) throw new AppError(code, options);
  throw new DomainError(code, options);
}

export function requireAllowed(allowed: Allowed, field = "eventId"): void {
  if (!allowed.allowed) refuseCode(allowed.code, field);
}

import { isDomainError, type DispatchFailureReason } from "@reskontra/domain";

/**
 * A dispatch that can never succeed as it stands (no e-invoice address, an invoice that was
 * never numbered, a seller without a bank account): retrying would only repeat the failure,
 * so the dispatch is marked failed with this message for the logs and `reason` for the people told.
 */
export class DispatchRefusedError extends Error {
  readonly reason: DispatchFailureReason;
  constructor(message: string, reason: DispatchFailureReason = "unknown") {
    super(message);
    this.name = "DispatchRefusedError";
    this.reason = reason;
  }
}

/** Refusals and domain validation errors are permanent; anything else (I/O, SMTP) is retried. */
export function isPermanentDispatchError(error: unknown): error is Error {
  return error instanceof DispatchRefusedError || isDomainError(error);
}

/**
 * Why a permanent failure happened, as the reason code people read in their own language; a domain
 * error (e.g. BARCODE_AMOUNT_TOO_LARGE) keeps its code as the detail, which has its own fi/en text.
 */
export function dispatchFailureOf(error: unknown): { reason: DispatchFailureReason; detail: string | null } {
  if (error instanceof DispatchRefusedError) return { reason: error.reason, detail: null };
  if (isDomainError(error)) {
    const paymentCode = error.code.startsWith("BARCODE_") || error.code.startsWith("EPC_");
    return { reason: paymentCode ? "payment_code_failed" : "invoice_data_invalid", detail: error.code };
  }
  return { reason: "unknown", detail: null };
}

import { isDomainError } from "@reskontra/domain";

/**
 * A dispatch that can never succeed as it stands (no e-invoice address, an invoice that was
 * never numbered, a seller without a bank account): retrying would only repeat the failure,
 * so the dispatch is marked failed with this message for an agent to act on.
 */
export class DispatchRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DispatchRefusedError";
  }
}

/** Refusals and domain validation errors are permanent; anything else (I/O, SMTP) is retried. */
export function isPermanentDispatchError(error: unknown): error is Error {
  return error instanceof DispatchRefusedError || isDomainError(error);
}

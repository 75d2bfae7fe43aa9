import { DomainError } from "../shared/errors";

const USER_NUMBER = /^\d{6}$/;
// The invoice number is a reference base, which may have at most 19 digits.
const MAX_SEQUENCE = 9_999_999_999_999;

export function isValidUserNumber(userNumber: string): boolean {
  return USER_NUMBER.test(userNumber);
}

/**
 * The 6-digit user number followed by the running number without leading
 * zeros: ("100102", 57) → "10010257".
 */
export function invoiceNumber(userNumber: string, sequence: number): string {
  if (typeof userNumber !== "string" || !USER_NUMBER.test(userNumber)) {
    throw new DomainError("USER_NUMBER_INVALID", { field: "userNumber" });
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new DomainError("INVOICE_SEQUENCE_INVALID", { field: "sequence" });
  }
  return `${userNumber}${sequence}`;
}

/**
 * Reads a reference-prefix search ("100102%", "100102*", "100 102") into the
 * digits to match with LIKE 'digits%'; null when the input is not such a search.
 */
export function referenceSearchPrefix(input: string): string | null {
  const compact = input.replace(/\s+/g, "");
  const m = /^(\d{1,20})[%*]?$/.exec(compact);
  return m?.[1] ?? null;
}

import { DomainError } from "../shared/errors";
import { groupReference } from "../shared/grouping";

const WEIGHTS = [7, 3, 1] as const;

/** Finnish 7-3-1 check digit of a digit string (weights from the right). */
export function referenceCheckDigit(base: string): number {
  let sum = 0;
  for (let i = 0; i < base.length; i += 1) {
    const digit = base.charCodeAt(base.length - 1 - i) - 48;
    sum += digit * (WEIGHTS[i % 3] ?? 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Removes the spaces people and paper forms put into references. */
export function compactReference(ref: string): string {
  return ref.replace(/\s+/g, "");
}

/** base (3–19 digits) + check digit. */
export function createReference(base: string): string {
  if (typeof base !== "string" || !/^\d{3,19}$/.test(base)) {
    throw new DomainError("REFERENCE_BASE_INVALID", { field: "reference" });
  }
  return `${base}${referenceCheckDigit(base)}`;
}

/** 4–20 digits (spaces allowed) whose last digit is the 7-3-1 check digit. */
export function isValidReference(ref: string): boolean {
  if (typeof ref !== "string") return false;
  const compact = compactReference(ref);
  if (!/^\d{4,20}$/.test(compact)) return false;
  return referenceCheckDigit(compact.slice(0, -1)) === Number(compact.slice(-1));
}

/** Machine form without leading zeros; throws if invalid. */
export function normalizeReference(ref: string): string {
  if (!isValidReference(ref)) throw new DomainError("REFERENCE_INVALID", { field: "reference" });
  return compactReference(ref).replace(/^0+(?=\d)/, "");
}

/** Paper form: leading zeros dropped, groups of five counted from the right. */
export function formatReference(ref: string): string {
  return groupReference(normalizeReference(ref));
}

import { DomainError } from "../shared/errors";
import { mod97 } from "./mod97";
import { groupIban } from "../shared/grouping";

export function compactIban(iban: string): string {
  return iban.replace(/\s+/g, "").toUpperCase();
}

/** Any IBAN: country letters, check digits, 11–30 alphanumerics, mod 97 = 1. */
export function isValidIban(iban: string): boolean {
  if (typeof iban !== "string") return false;
  const c = compactIban(iban);
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$/.test(c)) return false;
  return mod97(c.slice(4) + c.slice(0, 4)) === 1;
}

/** Finnish IBAN: FI + 2 check digits + 14 digits. */
export function isValidFinnishIban(iban: string): boolean {
  return isValidIban(iban) && /^FI\d{16}$/.test(compactIban(iban));
}

export function normalizeFinnishIban(iban: string, field = "iban"): string {
  if (typeof iban !== "string" || !isValidFinnishIban(iban)) {
    throw new DomainError("IBAN_INVALID", { field });
  }
  return compactIban(iban);
}

/** Paper form in groups of four: "FI79 4405 2020 0360 82". */
export function formatIban(iban: string): string {
  if (!isValidIban(iban)) throw new DomainError("IBAN_INVALID", { field: "iban" });
  return groupIban(compactIban(iban));
}

import { isIsoDate, isValidDateParts } from "../shared/dates";
import type { IsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { isValidFinnishIban, normalizeFinnishIban } from "./iban";
import { isRfLike, isValidRfReference, normalizeRfReference } from "./rf-reference";
import { isValidReference, normalizeReference } from "./reference";

// Pankkiviivakoodi-opas (Finance Finland, v5.3): 54 digits.
// v4: 4 | IBAN digits (16) | euros (6) cents (2) | 000 | reference (20) | YYMMDD
// v5: 5 | IBAN digits (16) | euros (6) cents (2) | RF check (2) | RF body (21) | YYMMDD
const MAX_AMOUNT_CENTS = 99_999_999;

export type VirtualBarcodeInput = {
  iban: string;
  amountCents: number;
  /** National reference → version 4; RF reference with a numeric body → version 5. */
  reference: string;
  dueDate: IsoDate | null;
};

export type ParsedVirtualBarcode = {
  version: 4 | 5;
  iban: string;
  amountCents: number;
  reference: string;
  dueDate: IsoDate | null;
};

function encodeDueDate(dueDate: IsoDate | null): string {
  if (dueDate === null) return "000000";
  if (!isIsoDate(dueDate)) throw new DomainError("DATE_INVALID", { field: "dueDate" });
  const year = Number(dueDate.slice(0, 4));
  // The field holds a two-digit year; only this century is unambiguous.
  if (year < 2000 || year > 2099) throw new DomainError("BARCODE_DUE_DATE_OUT_OF_RANGE", { field: "dueDate" });
  return dueDate.slice(2, 4) + dueDate.slice(5, 7) + dueDate.slice(8, 10);
}

export function virtualBarcode(input: VirtualBarcodeInput): string {
  const iban = normalizeFinnishIban(input.iban);
  const { amountCents } = input;
  if (!Number.isSafeInteger(amountCents)) throw new DomainError("AMOUNT_INVALID", { field: "amountCents" });
  if (amountCents < 0) throw new DomainError("AMOUNT_NEGATIVE", { field: "amountCents" });
  if (amountCents > MAX_AMOUNT_CENTS) throw new DomainError("BARCODE_AMOUNT_TOO_LARGE", { field: "amountCents" });
  const amount = String(amountCents).padStart(8, "0");
  const due = encodeDueDate(input.dueDate);
  const ibanDigits = iban.slice(2);
  if (typeof input.reference !== "string") throw new DomainError("REFERENCE_INVALID", { field: "reference" });

  if (isRfLike(input.reference)) {
    const rf = normalizeRfReference(input.reference);
    const body = rf.slice(4);
    // Version 5 carries only digits; an alphanumeric RF cannot be encoded.
    if (!/^\d{1,21}$/.test(body)) throw new DomainError("BARCODE_RF_NOT_NUMERIC", { field: "reference" });
    return `5${ibanDigits}${amount}${rf.slice(2, 4)}${body.padStart(21, "0")}${due}`;
  }
  const ref = normalizeReference(input.reference);
  return `4${ibanDigits}${amount}000${ref.padStart(20, "0")}${due}`;
}

/** The amount field holds six euro and two cent digits: 999 999,99 € at most. */
export const VIRTUAL_BARCODE_MAX_CENTS = MAX_AMOUNT_CENTS;

/**
 * The barcode to print for an invoice, or null when its amount (1 000 000 € or
 * more) does not fit the amount field. Such an invoice goes out without a bank
 * barcode rather than with a zero amount: the guide's zeros mean "no amount, the
 * payer types it", which on a seven-digit sum invites a typing error, while the
 * EPC QR code (up to 999 999 999,99 €) and the printed transfer details carry the
 * exact amount. Every other input error is still refused.
 */
export function virtualBarcodeIfItFits(input: VirtualBarcodeInput): string | null {
  if (Number.isSafeInteger(input.amountCents) && input.amountCents > VIRTUAL_BARCODE_MAX_CENTS) return null;
  return virtualBarcode(input);
}

function malformed(reason: string): never {
  throw new DomainError("BARCODE_MALFORMED", { field: "barcode", params: { reason } });
}

function decodeDueDate(yymmdd: string): IsoDate | null {
  if (yymmdd === "000000") return null;
  const year = 2000 + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (!isValidDateParts(year, month, day)) malformed("due date");
  return `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

export function parseVirtualBarcode(code: string): ParsedVirtualBarcode {
  if (typeof code !== "string") malformed("not a string");
  const digits = code.trim();
  if (!/^\d+$/.test(digits)) malformed("not digits");
  if (digits.length !== 54) malformed("length");
  const version = digits[0];
  if (version !== "4" && version !== "5") malformed("version");
  const iban = `FI${digits.slice(1, 17)}`;
  if (!isValidFinnishIban(iban)) malformed("iban");
  const amountCents = Number(digits.slice(17, 25));
  const dueDate = decodeDueDate(digits.slice(48, 54));

  if (version === "4") {
    if (digits.slice(25, 28) !== "000") malformed("reserved");
    const reference = digits.slice(28, 48).replace(/^0+/, "");
    if (!isValidReference(reference)) malformed("reference");
    return { version: 4, iban, amountCents, reference, dueDate };
  }
  const body = digits.slice(27, 48).replace(/^0+/, "");
  const reference = `RF${digits.slice(25, 27)}${body}`;
  if (!isValidRfReference(reference)) malformed("reference");
  return { version: 5, iban, amountCents, reference, dueDate };
}

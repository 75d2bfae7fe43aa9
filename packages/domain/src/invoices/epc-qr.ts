import { isIsoDate, type IsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { compactIban, isValidIban } from "./iban";
import { isRfLike, isValidRfReference, normalizeRfReference, toRfReference } from "./rf-reference";

// EPC069-12 "Quick Response Code: Guidelines to enable data capture for the
// initiation of a SEPA credit transfer", version 002.
export type EpcQrInput = {
  name: string;
  iban: string;
  /** Optional in version 002 (EEA payments). */
  bic?: string;
  /** 1 … 999 999 999 99 cents; omit to let the payer type the amount. */
  amountCents?: number;
  /** National or RF reference; a national one is sent in its RF form. */
  reference?: string;
  /** Unstructured remittance text (max 140), only when there is no reference. */
  remittanceText?: string;
  purpose?: string;
  /** Beneficiary-to-originator information (max 70, together with the due date). */
  information?: string;
  /**
   * Requested due date (eräpäivä). Finnish banks read it from the
   * beneficiary-to-originator information as "ReqdExctnDt/YYYY-MM-DD"
   * (Finanssiala, "QR-koodin käyttö tilisiirtolomakkeella"), so a banking app
   * can schedule the payment for the due date.
   */
  dueDate?: IsoDate;
  /** 1 = UTF-8 (default), 2 = ISO 8859-1, … 8 = ISO 8859-15. */
  characterSet?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
};

const MAX_PAYLOAD_BYTES = 331;

function formatAmount(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? `EUR${euros}` : `EUR${euros}.${String(rest).padStart(2, "0")}`;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function fail(code: string, field: string): never {
  throw new DomainError(code, { field });
}

/** The EPC QR payload ("BCD" …) for a SEPA credit transfer, lines joined by LF. */
export function epcQrPayload(input: EpcQrInput): string {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 70) fail("EPC_NAME_INVALID", "name");
  if (!isValidIban(input.iban)) fail("IBAN_INVALID", "iban");
  const bic = (input.bic ?? "").replace(/\s+/g, "").toUpperCase();
  if (bic !== "" && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) fail("BIC_INVALID", "bic");

  let amount = "";
  if (input.amountCents !== undefined) {
    const c = input.amountCents;
    if (!Number.isSafeInteger(c) || c < 1 || c > 99_999_999_999) fail("EPC_AMOUNT_INVALID", "amountCents");
    amount = formatAmount(c);
  }
  const purpose = input.purpose ?? "";
  if (!/^[A-Z0-9]{0,4}$/.test(purpose)) fail("EPC_PURPOSE_INVALID", "purpose");

  let reference = "";
  if (input.reference !== undefined && input.reference.trim() !== "") {
    reference = isRfLike(input.reference)
      ? isValidRfReference(input.reference)
        ? normalizeRfReference(input.reference)
        : fail("RF_REFERENCE_INVALID", "reference")
      : toRfReference(input.reference);
  }
  const text = input.remittanceText ?? "";
  if (reference !== "" && text !== "") fail("EPC_REFERENCE_AND_TEXT", "remittanceText");
  if (text.length > 140) fail("EPC_TEXT_TOO_LONG", "remittanceText");
  if (input.dueDate !== undefined && !isIsoDate(input.dueDate)) fail("DATE_INVALID", "dueDate");
  const information = [input.dueDate === undefined ? "" : `ReqdExctnDt/${input.dueDate}`, input.information ?? ""]
    .filter((part) => part !== "")
    .join(" ");
  if (information.length > 70) fail("EPC_TEXT_TOO_LONG", "information");

  const lines = [
    "BCD",
    "002",
    String(input.characterSet ?? 1),
    "SCT",
    bic,
    name,
    compactIban(input.iban),
    amount,
    purpose,
    reference,
    text,
    information,
  ];
  // Nothing may follow the last element that is present.
  while (lines.length > 7 && lines[lines.length - 1] === "") lines.pop();
  const payload = lines.join("\n");
  if (utf8Length(payload) > MAX_PAYLOAD_BYTES) fail("EPC_PAYLOAD_TOO_LONG", "payload");
  return payload;
}

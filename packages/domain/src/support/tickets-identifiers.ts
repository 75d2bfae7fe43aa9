import { extractIdentifiers, type FoundIdentifier, type IdentifierKind } from "./identifiers";

/** What the tickets room recognises: the shared kinds plus service voucher numbers ("PS-2026-0001"). */
export type TicketIdentifierKind = IdentifierKind | "voucher_number";
export type FoundTicketIdentifier = Omit<FoundIdentifier, "kind"> & { kind: TicketIdentifierKind };

// A voucher number is letters, a dash and digit groups (PS-2026-0001), or after the word
// "palveluseteli"/"seteli"/"voucher" any letter-digit code with a dash. Written as is, upper-cased.
const VOUCHER_SHAPE = /\b[A-Za-z]{1,4}-\d{4}-\d{1,8}\b/g;
const VOUCHER_AFTER_WORD =
  /(?:palvelusetel\w*|setel\w*|voucher)\s*(?:nro|numero|number|no\.?)?\s*:?\s*([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)\b/gi;

/**
 * The identifiers of a request's text in order of appearance: invoice numbers, references (national
 * and RF), customer, document and work-order numbers, and service voucher numbers. The digits inside
 * a voucher number are not read again as a number of their own.
 */
export function extractTicketIdentifiers(text: string): FoundTicketIdentifier[] {
  const vouchers: FoundTicketIdentifier[] = [];
  const add = (start: number, raw: string) => {
    if (vouchers.some((v) => start < v.end && start + raw.length > v.start)) return;
    vouchers.push({ kind: "voucher_number", value: raw.toUpperCase(), start, end: start + raw.length });
  };
  for (const m of text.matchAll(VOUCHER_AFTER_WORD)) {
    const code = m[1] ?? "";
    if (/\d/.test(code) && code.length <= 30) add(m.index + m[0].length - code.length, code);
  }
  for (const m of text.matchAll(VOUCHER_SHAPE)) add(m.index, m[0]);
  const inVoucher = (f: FoundIdentifier) => vouchers.some((v) => f.start < v.end && f.end > v.start);
  const others: FoundTicketIdentifier[] = extractIdentifiers(text).filter((f) => !inVoucher(f));
  return [...others, ...vouchers].sort((a, b) => a.start - b.start);
}

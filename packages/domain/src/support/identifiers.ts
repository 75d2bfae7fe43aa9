import { isValidReference } from "../invoices/reference";
import { isValidRfReference } from "../invoices/rf-reference";

export type IdentifierKind =
  "invoice_number" | "reference" | "rf_reference" | "customer_number" | "document_number" | "work_order_number";

export type FoundIdentifier = {
  kind: IdentifierKind;
  /** Normalised: digits only, or an upper-case RF reference without spaces. */
  value: string;
  /** Offsets into the text, for linking the identifier in place. */
  start: number;
  end: number;
};

// Keywords that name the number after them, Finnish and English. The nearest
// one before a number (within a short distance) decides what it is.
const KEYWORDS: readonly { kind: Exclude<IdentifierKind, "rf_reference">; pattern: RegExp }[] = [
  { kind: "customer_number", pattern: /asiakas(?:numero|nro|tunnus)|customer\s*(?:number|no\.?|nr|id|#)/gi },
  { kind: "work_order_number", pattern: /työmääräy\w*|work\s*order/gi },
  { kind: "document_number", pattern: /dokumen\w*|asiakirja\w*|tosite\w*|document/gi },
  { kind: "reference", pattern: /viit\w*|reference|ref\b/gi },
  { kind: "invoice_number", pattern: /lasku\w*|invoice/gi },
];
const KEYWORD_REACH = 30;

function keywordBefore(text: string, start: number): Exclude<IdentifierKind, "rf_reference"> | null {
  const window = text.slice(Math.max(0, start - KEYWORD_REACH), start);
  let best: { kind: Exclude<IdentifierKind, "rf_reference">; at: number } | null = null;
  for (const { kind, pattern } of KEYWORDS) {
    for (const m of window.matchAll(pattern)) {
      if (!best || m.index > best.at) best = { kind, at: m.index };
    }
  }
  return best?.kind ?? null;
}

function findRfReferences(text: string, found: FoundIdentifier[]): void {
  // Machine form, or paper form in groups of four where only the last group
  // may be shorter; lower-case letters after "RF" are taken as ordinary words.
  const pattern = /\b[Rr][Ff]\d{2}(?:[0-9A-Z]{1,21}\b|(?: [0-9A-Z]{4})*(?: [0-9A-Z]{1,3}| [0-9A-Z]{4})?\b)/g;
  for (const m of text.matchAll(pattern)) {
    // Drop trailing groups until valid: the match may have swallowed a following word.
    const groups = m[0].split(" ");
    for (let n = groups.length; n >= 2 || (n === 1 && (groups[0]?.length ?? 0) > 4); n -= 1) {
      const raw = groups.slice(0, n).join(" ");
      if (isValidRfReference(raw)) {
        found.push({
          kind: "rf_reference",
          value: raw.replace(/ /g, "").toUpperCase(),
          start: m.index,
          end: m.index + raw.length,
        });
        break;
      }
    }
  }
}

function classifyNumber(text: string, start: number, end: number, found: FoundIdentifier[]): void {
  const raw = text.slice(start, end);
  const digits = raw.replace(/ /g, "");
  const kind = keywordBefore(text, start);
  if (kind === "reference" || kind === null) {
    // Without a keyword only a valid reference long enough to hold a user
    // number (6) + running number + check digit is trusted.
    if (isValidReference(digits) && (kind === "reference" || digits.length >= 8)) {
      found.push({ kind: "reference", value: digits.replace(/^0+(?=\d)/, ""), start, end });
    }
    return;
  }
  if (raw.includes(" ")) return;
  if (kind === "invoice_number" && !/^\d{7,19}$/.test(digits)) return;
  if (digits.length > 20) return;
  found.push({ kind, value: digits, start, end });
}

/**
 * Invoice numbers, national and RF references, customer, document and work
 * order numbers in free text (a ticket, an e-mail), in order of appearance.
 */
export function extractIdentifiers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  findRfReferences(text, found);
  const taken = (i: number) => found.some((f) => i >= f.start && i < f.end);
  for (const m of text.matchAll(/(?<![\w])\d+(?: \d+)*(?![\w])/g)) {
    if (taken(m.index)) continue;
    const groups = m[0].split(" ");
    // A paper-form reference ("12 34561") is one number; otherwise each group stands alone.
    const paperForm = groups.length > 1 && groups.slice(1).every((g) => g.length === 5) && (groups[0]?.length ?? 0) <= 5;
    if (paperForm && isValidReference(m[0])) {
      classifyNumber(text, m.index, m.index + m[0].length, found);
      continue;
    }
    let offset = m.index;
    for (const g of groups) {
      classifyNumber(text, offset, offset + g.length, found);
      offset += g.length + 1;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

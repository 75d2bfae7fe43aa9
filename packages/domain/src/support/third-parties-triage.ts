import type { DeliveryMethod } from "../invoices/invoice-status";
import type { ThirdPartyKind, TicketCategory } from "./lists";

// Triage (issue 11, "Third parties"): which third party a support request belongs to, from the
// request's words and from the records it is linked to, ranked, each suggestion with its reasons.

export type TriageTopic = {
  id: string;
  /** Lower-case words or phrases ("verkkolasku", "ei mennyt perille"). */
  keywords: readonly string[];
  category: TicketCategory | null;
};

export type TriageParty = {
  id: string;
  name: string;
  kind: ThirdPartyKind;
  active: boolean;
  topics: readonly TriageTopic[];
};

/** An invoice the request names (by number), with how it was to be delivered and how that went. */
export type TriageInvoice = {
  invoiceNumber: string;
  deliveryMethod: DeliveryMethod;
  /** The latest dispatch of the invoice; null when it was never dispatched. */
  dispatchStatus: "queued" | "sent" | "failed" | "uncertain" | null;
};

export type TriageReason =
  | { kind: "keyword"; topicId: string; keyword: string; matched: string }
  | { kind: "name"; matched: string }
  | {
      kind: "invoice_delivery";
      invoiceNumber: string;
      deliveryMethod: DeliveryMethod;
      dispatchStatus: TriageInvoice["dispatchStatus"];
    }
  | { kind: "category"; topicId: string; category: TicketCategory };

export type TriageSuggestion = {
  thirdPartyId: string;
  score: number;
  /** The topic whose words matched best, or null when only a linked record or the name pointed here. */
  topicId: string | null;
  reasons: TriageReason[];
};

export type TriageInput = {
  text: string;
  category: TicketCategory | null;
  invoices: readonly TriageInvoice[];
  parties: readonly TriageParty[];
};

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-case, in order ("Verkkolaskuna," → "verkkolaskuna"). */
export function triageWords(text: string): string[] {
  return [...text.normalize("NFC").toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

const VOWEL = /[aeiouyäö]$/;
const GRADATION = /(kk|pp|tt)$/;

/**
 * The forms a keyword word is recognised by. Finnish inflects with endings (verkkolasku →
 * verkkolaskun, verkkolaskuna; operaattori → operaattorille) and softens a double consonant before
 * some of them (pankki → pankin, tiliote → tiliotteella), so a word of five letters or more is also
 * known by its stem (five letters at least) without the final vowel and without the doubled consonant. Short words
 * ("ei", "ole") must match exactly.
 */
export function keywordStems(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 5) return [w];
  const stems = new Set([w]);
  const stem = VOWEL.test(w) ? w.slice(0, -1) : w;
  // Four letters would be too loose: "kirj" of kirje is also in "kirjautua".
  if (stem.length >= 5) stems.add(stem);
  if (GRADATION.test(stem) && stem.length >= 5) stems.add(stem.slice(0, -1));
  return [...stems];
}

/** A test for one keyword word, its stems worked out once: does a word of the request carry it? */
export function wordMatcher(keywordWord: string): (textWord: string) => boolean {
  const stems = keywordStems(keywordWord);
  if (keywordWord.length < 5) {
    const exact = stems[0];
    return (textWord) => textWord === exact;
  }
  // A long stem inside a compound counts too: "operaattori" in "verkkolaskuoperaattorille".
  return (textWord) => stems.some((s) => textWord.startsWith(s) || (s.length >= 6 && textWord.includes(s)));
}

/** Does a word of the request carry the keyword word, inflected or as part of a compound? */
export function wordMatches(keywordWord: string, textWord: string): boolean {
  return wordMatcher(keywordWord)(textWord);
}

/** Up to this many other words may stand between the words of a phrase ("ei ole mennyt perille"). */
const PHRASE_GAP = 1;

/** Where each distinct word of a request stands, so a keyword is tried on each distinct word once. */
export function indexWords(words: readonly string[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  words.forEach((word, i) => {
    const positions = at.get(word);
    if (positions) positions.push(i);
    else at.set(word, [i]);
  });
  return at;
}

/** The words of the request that carry the keyword (a word or a phrase), or null. */
export function findKeyword(keyword: string, words: readonly string[], at = indexWords(words)): string | null {
  const [first, ...rest] = triageWords(keyword);
  if (first === undefined) return null;
  const firstMatches = wordMatcher(first);
  const starts: number[] = [];
  for (const [word, positions] of at) if (firstMatches(word)) starts.push(...positions);
  starts.sort((a, b) => a - b);
  const others = rest.map(wordMatcher);
  for (const start of starts) {
    let end = start;
    const ok = others.every((matches) => {
      for (let next = end + 1; next <= Math.min(end + 1 + PHRASE_GAP, words.length - 1); next += 1) {
        if (matches(words[next] as string)) {
          end = next;
          return true;
        }
      }
      return false;
    });
    if (ok) return words.slice(start, end + 1).join(" ");
  }
  return null;
}

const GENERIC_NAME_WORDS = new Set(["oy", "oyj", "ab", "abp", "ltd", "ky", "tmi", "the"]);

/** The word a party is called by: the first word of its name ("Pagero Oy" → "pagero"). */
export function brandWord(name: string): string | null {
  const first = triageWords(name).find((w) => !GENERIC_NAME_WORDS.has(w));
  return first && first.length >= 3 ? first : null;
}

/** How much each kind of evidence weighs. A failed dispatch outweighs any number of words. */
export const TRIAGE_WEIGHTS = {
  keywordWord: 2,
  name: 4,
  category: 1,
  deliveryFailed: 10,
  deliverySent: 4,
  deliveryPending: 1,
} as const;

/** Which kind of third party owns the delivery of an invoice sent this way; e-mail is our own. */
function deliveryOwner(method: DeliveryMethod): ThirdPartyKind | null {
  if (method === "einvoice") return "einvoice_operator";
  if (method === "post") return "print_service";
  return null;
}

function deliveryWeight(status: TriageInvoice["dispatchStatus"]): number {
  if (status === "failed" || status === "uncertain") return TRIAGE_WEIGHTS.deliveryFailed;
  if (status === "sent") return TRIAGE_WEIGHTS.deliverySent;
  return TRIAGE_WEIGHTS.deliveryPending;
}

/**
 * Ranks the active third parties for a request: the keywords of their topics found in its words
 * (inflected forms too), their name, and the invoices it names (an e-invoice whose dispatch failed
 * belongs to the e-invoice operator, a paper invoice to the print service). Only parties with some
 * evidence are suggested; the best first, ties by name.
 */
export function suggestThirdParties(input: TriageInput): TriageSuggestion[] {
  const words = triageWords(input.text);
  const at = indexWords(words);
  // Parties share keywords ("verkkolasku", "operaattori"): each is looked for once per request.
  const found = new Map<string, string | null>();
  const find = (key: string): string | null => {
    if (!found.has(key)) found.set(key, findKeyword(key, words, at));
    return found.get(key) ?? null;
  };
  const out: (TriageSuggestion & { name: string })[] = [];
  for (const party of input.parties) {
    if (!party.active) continue;
    const reasons: TriageReason[] = [];
    let score = 0;
    let bestTopic: { id: string; score: number } | null = null;
    for (const topic of party.topics) {
      let topicScore = 0;
      const seen = new Set<string>();
      for (const keyword of topic.keywords) {
        const key = keyword.trim().toLowerCase();
        if (key === "" || seen.has(key)) continue;
        seen.add(key);
        const matched = find(key);
        if (matched === null) continue;
        topicScore += TRIAGE_WEIGHTS.keywordWord * triageWords(key).length;
        reasons.push({ kind: "keyword", topicId: topic.id, keyword: key, matched });
      }
      if (topicScore > 0 && topic.category !== null && topic.category === input.category) {
        topicScore += TRIAGE_WEIGHTS.category;
        reasons.push({ kind: "category", topicId: topic.id, category: topic.category });
      }
      score += topicScore;
      if (topicScore > 0 && (!bestTopic || topicScore > bestTopic.score)) bestTopic = { id: topic.id, score: topicScore };
    }
    const brand = brandWord(party.name);
    const named = brand ? findKeyword(brand, words, at) : null;
    if (named) {
      score += TRIAGE_WEIGHTS.name;
      reasons.push({ kind: "name", matched: named });
    }
    for (const invoice of input.invoices) {
      if (deliveryOwner(invoice.deliveryMethod) !== party.kind) continue;
      score += deliveryWeight(invoice.dispatchStatus);
      reasons.push({
        kind: "invoice_delivery",
        invoiceNumber: invoice.invoiceNumber,
        deliveryMethod: invoice.deliveryMethod,
        dispatchStatus: invoice.dispatchStatus,
      });
    }
    if (score > 0) out.push({ thirdPartyId: party.id, name: party.name, score, topicId: bestTopic?.id ?? null, reasons });
  }
  out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "fi") || a.thirdPartyId.localeCompare(b.thirdPartyId));
  return out.map(({ name: _name, ...s }) => s);
}

import { parseHetu } from "./hetu";
import { HETU_IN_TEXT } from "./mask-in-text";

/**
 * The first personal identity code in a free text, written as the register writes it
 * ("131052-308T"), or null. Unlike the mask, which hides anything shaped like a code, this finds
 * only codes that are valid (a real date, an issued individual number, the right check
 * character), so an order number such as 201126-0001 is not refused at input by mistake; a
 * mistyped code that slips through is still masked in every document.
 */
export function findIdentityCode(text: string): string | null {
  for (const [found] of text.matchAll(HETU_IN_TEXT)) {
    const code = found.replace(/\s/g, "").toUpperCase();
    if (parseHetu(code).ok) return code;
  }
  return null;
}

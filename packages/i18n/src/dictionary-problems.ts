import type { Dictionary, Message } from "./translate";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
const forms = (message: Message) => (typeof message === "string" ? [message] : Object.values(message));
const sameSet = (a: string[], b: string[]) => new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/**
 * What is wrong with a dictionary that the types cannot see (texts built at run time, or typed loosely):
 * a key in one language only, a plural in one language only, a plural without a singular, or
 * placeholders that differ between the languages. Swedish, where a dictionary has it, is checked
 * against Finnish as English is. Empty when the languages match.
 */
export function findDictionaryProblems({
  fi,
  en,
  sv,
}: {
  fi: Dictionary;
  en: Dictionary;
  sv?: Dictionary | undefined;
}): string[] {
  const problems = compareWithFinnish(fi, en, "English");
  return sv === undefined ? problems : [...problems, ...compareWithFinnish(fi, sv, "Swedish")];
}

function compareWithFinnish(fi: Dictionary, other: Dictionary, language: "English" | "Swedish"): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(other)) if (!(key in fi)) problems.push(`${key}: ${language} only`);
  for (const [key, fiMessage] of Object.entries(fi)) {
    const otherMessage = other[key];
    if (otherMessage === undefined) {
      problems.push(`${key}: no ${language} text`);
      continue;
    }
    if (typeof otherMessage !== typeof fiMessage) problems.push(`${key}: plural in one language only`);
    if (typeof fiMessage !== "string" && fiMessage.one === undefined) problems.push(`${key}: plural without a singular`);
    const fiNames = forms(fiMessage).flatMap(placeholders);
    for (const text of forms(otherMessage)) {
      if (!sameSet(placeholders(text), fiNames)) problems.push(`${key}: placeholders differ in "${text}"`);
    }
  }
  return problems;
}

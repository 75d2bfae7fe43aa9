import { refusalOf } from "../trpc";

/** The server's field errors keyed by the form's field names: "rule.feeCents" → "feeCents". */
export function ruleFieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, messages] of Object.entries(refusalOf(error)?.fieldErrors ?? {})) {
    const key = path.replace(/^rule\./, "");
    const first = messages[0];
    if (first && !(key in out)) out[key] = first;
  }
  return out;
}

/** "5,00" or "5.5" → cents; NaN for anything else, which the server then refuses at the field. */
export function eurosToCents(text: string): number {
  const normalized = text.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
}

export function centsToEuros(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}

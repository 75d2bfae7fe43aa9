import { parseMoney } from "@reskontra/domain";
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

/** "5,00" or "5.5" → cents; NaN for anything else (a negative too), which the server then refuses at the field. */
export function eurosToCents(text: string): number {
  const cents = parseMoney(text);
  return cents === null || cents < 0 ? Number.NaN : cents;
}

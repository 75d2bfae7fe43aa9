import { parseMoney } from "@reskontra/domain";

/** "5,00" or "5.5" → cents; NaN for anything else (a negative too), which the server then refuses at the field. */
export function eurosToCents(text: string): number {
  const cents = parseMoney(text);
  return cents === null || cents < 0 ? Number.NaN : cents;
}

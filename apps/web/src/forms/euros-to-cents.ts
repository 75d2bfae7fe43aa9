import { parseMoney } from "@reskontra/domain";

/** "5,00" or "5.5" → cents; NaN for anything else (a negative too), which the api's schema then refuses at the field. */
export function eurosToCents(text: string): number {
  const cents = parseMoney(text);
  return cents === null || cents < 0 ? Number.NaN : cents;
}

/** As eurosToCents, but an empty field is no amount at all (undefined), for fields the form may leave out. */
export function optionalEurosToCents(text: string): number | undefined {
  return text.trim() === "" ? undefined : eurosToCents(text);
}

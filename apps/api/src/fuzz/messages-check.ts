import { domainErrorMessages } from "@reskontra/domain";
import { APP_ERRORS } from "../errors";
import type { ErrorBody, Locale } from "./http-client";

// What a person reads when the api refuses: plain words in their language, never a type's or a
// library's name. The words the probe found: zod's "expected string, received undefined", "Invalid UUID".
const JARGON =
  /uuid|\bstring\b|expected|received|regex|pattern|\bNaN\b|undefined|\bnull\b|zod|invalid_|too_big|too_small|\bobject\b|\[object/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function template(text: string): RegExp {
  return new RegExp(
    `^${text
      .split(/\{\w+\}/)
      .map(escape)
      .join("[\\s\\S]+")}$`,
  );
}

// A code may have words in both tables (DATE_INVALID: the api's "give the date as…", the domain's "the date is invalid").
const TABLES: Record<string, Record<Locale, string> | undefined>[] = [APP_ERRORS, domainErrorMessages];

/** Why the refusal's words are wrong for a person reading `locale`, or null. */
export function messageProblem(error: ErrorBody, locale: Locale): string | null {
  const texts = [error.message, ...Object.values(error.data?.fieldErrors ?? {}).flat()];
  const jargon = texts.find((t) => JARGON.test(t));
  if (jargon) return `jargon "${jargon.slice(0, 140)}"`;
  if (!error.message.trim()) return "no message";
  const code = error.data?.appCode ?? "";
  if (code === "INPUT_INVALID") {
    return error.message.startsWith(APP_ERRORS.INPUT_INVALID[locale])
      ? null
      : `not in ${locale}: "${error.message.slice(0, 140)}"`;
  }
  const known = TABLES.map((table) => table[code]).filter((t) => t !== undefined);
  if (!known.length) return `code ${code || "(none)"} has no text: "${error.message.slice(0, 140)}"`;
  return known.some((t) => template(t[locale]).test(error.message)) ? null : `not in ${locale}: "${error.message.slice(0, 140)}"`;
}

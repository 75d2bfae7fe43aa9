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

const TEXTS: Record<string, Record<Locale, string>> = { ...domainErrorMessages, ...APP_ERRORS };

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
  const known = TEXTS[code];
  if (!known) return `code ${code || "(none)"} has no text: "${error.message.slice(0, 140)}"`;
  return template(known[locale]).test(error.message) ? null : `not in ${locale}: "${error.message.slice(0, 140)}"`;
}

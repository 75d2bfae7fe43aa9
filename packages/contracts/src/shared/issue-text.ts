import { domainErrorMessages } from "@reskontra/domain";
import type { z } from "zod";
import { TEXT_NOT_PLAIN } from "./plain-string";
import en from "zod/v4/locales/en.js";
import fi from "zod/v4/locales/fi.js";

export type ContractLocale = "fi" | "en";

const zodLocales = { fi: fi(), en: en() };

/**
 * One zod issue in the caller's language, the same text whether the api refuses the input or the
 * web's form checks it first. A refine names its refusal by code ({ message: "DATE_INVALID" }); that
 * code's text says more than zod's generic "invalid input". `textOf` may know codes beyond the domain's.
 */
// zod's own words for these name a type ("expected number, received undefined") or a format
// ("UUID"); a person typed text into a field or followed a link, so they get plain words instead.
const PLAIN = {
  number: { fi: "Anna luku.", en: "Enter a number." },
  int: { fi: "Anna kokonaisluku.", en: "Enter a whole number." },
  required: { fi: "Tieto puuttuu: täytä kenttä.", en: "This is missing: fill in the field." },
  value: { fi: "Arvo puuttuu tai on väärää muotoa.", en: "The value is missing or in the wrong form." },
  identifier: {
    fi: "Tunniste on virheellinen: tarkista linkki tai numero.",
    en: "The identifier is not valid: check the link or number.",
  },
  // zod's "Invalid option: expected one of "post"|"email"" lists the api's internal names of the choices.
  choice: { fi: "Valitse jokin annetuista vaihtoehdoista.", en: "Choose one of the given options." },
  [TEXT_NOT_PLAIN]: {
    fi: "Tekstissä on merkki, jota ei voi tallentaa (NUL-merkki tai rikkinäinen merkki): poista se.",
    en: "The text has a character that cannot be saved (a NUL or a broken character): remove it.",
  },
} as const;

// zod's English "Too big: expected string to have <=200 characters" names a type too; these say
// how long or how large the value may be.
const LIMIT = {
  string: {
    big: { fi: "Teksti on liian pitkä: enintään {n} merkkiä.", en: "The text is too long: at most {n} characters." },
    small: { fi: "Teksti on liian lyhyt: vähintään {n} merkkiä.", en: "The text is too short: at least {n} characters." },
  },
  array: {
    big: { fi: "Liian monta: enintään {n}.", en: "Too many: at most {n}." },
    small: { fi: "Liian vähän: vähintään {n}.", en: "Too few: at least {n}." },
  },
  number: {
    big: { fi: "Liian suuri luku: enintään {n}.", en: "The number is too large: at most {n}." },
    small: { fi: "Liian pieni luku: vähintään {n}.", en: "The number is too small: at least {n}." },
  },
} as const;

// 1000000 reads as "1 000 000" (fi) or "1,000,000" (en), as the forms write numbers.
const GROUPED = { fi: new Intl.NumberFormat("fi-FI"), en: new Intl.NumberFormat("en-GB") };

function limitText(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, locale: ContractLocale): string | null {
  const kind = issue.origin === "string" ? "string" : issue.origin === "array" || issue.origin === "set" ? "array" : null;
  const numeric = issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint";
  const table = kind ? LIMIT[kind] : numeric ? LIMIT.number : null;
  if (!table) return null;
  const bound = issue.code === "too_big" ? issue.maximum : issue.minimum;
  // A safe-integer bound is no limit a person chose: just "too large".
  // An empty required text is missing, not "too short: at least 1 characters".
  if (kind === "string" && issue.code === "too_small" && Number(bound) === 1) return PLAIN.required[locale];
  const n = Math.abs(Number(bound)) >= Number.MAX_SAFE_INTEGER ? null : GROUPED[locale].format(Number(bound));
  const text = table[issue.code === "too_big" ? "big" : "small"][locale];
  return n === null ? text.replace(/: [^:]*\{n\}\.$/, ".") : text.replace("{n}", n);
}

function plainText(issue: z.core.$ZodIssue, locale: ContractLocale): string | null {
  if (issue.code === "invalid_type") {
    return PLAIN[issue.expected === "number" ? "number" : issue.expected === "int" ? "int" : "value"][locale];
  }
  if (issue.code === "invalid_format" && issue.format === "uuid") return PLAIN.identifier[locale];
  if (issue.code === "invalid_value") return PLAIN.choice[locale];
  if (issue.code === "too_big" || issue.code === "too_small") return limitText(issue, locale);
  return null;
}

/** A refine's text with its issue's params in place ("”{code}” ei ole maakoodi" → "”ZZ” ei ole maakoodi"). */
function withParams(text: string | null, params: Record<string, unknown> | undefined): string | null {
  if (text === null || !params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : whole;
  });
}

export function issueText(
  issue: z.core.$ZodIssue,
  locale: ContractLocale,
  textOf: (code: string) => string | null = (code) => domainErrorMessages[code]?.[locale] ?? null,
): string {
  const own =
    issue.code === "custom"
      ? withParams(
          textOf(issue.message) ?? (issue.message === TEXT_NOT_PLAIN ? PLAIN[TEXT_NOT_PLAIN][locale] : null),
          issue.params,
        )
      : plainText(issue, locale);
  const localized = own ?? zodLocales[locale].localeError(issue as never);
  return typeof localized === "string" ? localized : (localized?.message ?? issue.message);
}

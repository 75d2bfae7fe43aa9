import { domainErrorMessages } from "@reskontra/domain";
import type { z } from "zod";
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
  value: { fi: "Arvo puuttuu tai on väärää muotoa.", en: "The value is missing or in the wrong form." },
  identifier: {
    fi: "Tunniste on virheellinen: tarkista linkki tai numero.",
    en: "The identifier is not valid: check the link or number.",
  },
} as const;

function plainText(issue: z.core.$ZodIssue, locale: ContractLocale): string | null {
  if (issue.code === "invalid_type") return PLAIN[issue.expected === "number" ? "number" : "value"][locale];
  if (issue.code === "invalid_format" && issue.format === "uuid") return PLAIN.identifier[locale];
  return null;
}

export function issueText(
  issue: z.core.$ZodIssue,
  locale: ContractLocale,
  textOf: (code: string) => string | null = (code) => domainErrorMessages[code]?.[locale] ?? null,
): string {
  const own = issue.code === "custom" ? textOf(issue.message) : plainText(issue, locale);
  const localized = own ?? zodLocales[locale].localeError(issue as never);
  return typeof localized === "string" ? localized : (localized?.message ?? issue.message);
}

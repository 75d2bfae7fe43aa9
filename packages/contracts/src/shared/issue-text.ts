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
export function issueText(
  issue: z.core.$ZodIssue,
  locale: ContractLocale,
  textOf: (code: string) => string | null = (code) => domainErrorMessages[code]?.[locale] ?? null,
): string {
  const own = issue.code === "custom" ? textOf(issue.message) : null;
  const localized = own ?? zodLocales[locale].localeError(issue as never);
  return typeof localized === "string" ? localized : (localized?.message ?? issue.message);
}

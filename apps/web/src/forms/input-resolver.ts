import { toNestErrors } from "@hookform/resolvers";
import { issueText, type ContractLocale } from "@reskontra/contracts/shared";
import { domainErrorMessages } from "@reskontra/domain";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import type { FieldOf } from "./server-errors";

/**
 * Checks the form by the procedure's own input schema: `toInput` turns what the user typed into the
 * procedure's input, the schema judges it, and each issue lands on the form's field that `fieldOf`
 * names for its path (the same mapping the server's refusals use), in the user's language. The form
 * submits the checked input as is; the schema's transforms (trim, defaults) stay the server's to run.
 * An issue no field shows goes to the form's root error, so nothing is refused without a word. A
 * refine the form adds on top of the api's schema gives its text in the user's language already.
 */
export function inputResolver<T extends FieldValues, Input>(
  schema: z.ZodType,
  toInput: (form: T) => Input,
  fieldOf: FieldOf<T>,
  locale: ContractLocale,
  /** The form's word for an empty required text, instead of zod's "too small: at least 1 character". */
  required?: string,
): Resolver<T, unknown, Input> {
  return async (values, _context, options) => {
    const input = toInput(values);
    const result = await schema.safeParseAsync(input);
    if (result.success) return { values: input, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const field = fieldOf(issue.path.map(String).join(".")) ?? "root";
      // The first issue on a field is the one shown, as with the server's refusals.
      const message = required && isEmptyText(issue) ? required : issueMessage(issue, locale);
      flat[field] ??= { type: issue.code, message };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/** One issue in the user's words, a refine's code by the domain's text: what the api would answer. */
export function issueMessage(issue: z.core.$ZodIssue, locale: ContractLocale): string {
  return issueText(issue, locale, (code) => domainErrorMessages[code]?.[locale] ?? code);
}

/**
 * For forms that check by hand and then by the procedure's schema: each refused path
 * ("rows.0.description") with its first message, the same words the api would answer; empty when
 * the input passes.
 */
export function schemaErrors(schema: z.ZodType, input: unknown, locale: ContractLocale): Record<string, string> {
  const result = schema.safeParse(input);
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const issue of result.error.issues) out[issue.path.map(String).join(".") || "root"] ??= issueMessage(issue, locale);
  return out;
}

function isEmptyText(issue: z.core.$ZodIssue): boolean {
  return issue.code === "too_small" && issue.origin === "string" && issue.minimum === 1;
}

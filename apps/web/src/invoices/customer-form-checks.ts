/** The fields a customer card cannot be saved without (customerInput on the server). */
const REQUIRED = ["customerNumber", "name", "street", "postalCode", "city"] as const;

/**
 * Checked before sending, so an empty field says "required" in the user's language: the server's
 * generic answer for an empty string is zod's "too small: at least 1 character", which reads as
 * nonsense to a person filling in a form.
 */
export function missingRequired(form: Record<(typeof REQUIRED)[number], string>): Record<string, "common.required"> {
  const out: Record<string, "common.required"> = {};
  for (const key of REQUIRED) if (!form[key].trim()) out[key] = "common.required";
  return out;
}

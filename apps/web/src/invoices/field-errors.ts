import { refusalOf } from "../trpc";
import type { InvoiceForm } from "./invoice-form-model";

/**
 * The server's field errors keyed the way the form names its fields. Update procedures wrap
 * the form in `{ invoice }` / `{ customer }`, so their zod paths carry that prefix while the
 * domain's refusals ("rows.0.quantity") do not; both end up under the same key here.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const refusal = refusalOf(error);
  const out: Record<string, string> = {};
  if (!refusal) return out;
  for (const [path, messages] of Object.entries(refusal.fieldErrors)) {
    const key = path.replace(/^(invoice|customer)\./, "");
    const first = messages[0];
    if (first && !(key in out)) out[key] = first;
  }
  return out;
}

/** Client-side errors win over the server's, since they describe what is typed now. */
export function mergeErrors(local: Record<string, string>, server: Record<string, string>): Record<string, string> {
  return { ...server, ...local };
}

// The api names a row's amounts by the procedure's fields; the form keeps them as typed text.
const ROW_FIELD: Record<string, keyof InvoiceForm["rows"][number]> = {
  description: "description",
  quantity: "quantity",
  unit: "unit",
  unitPriceCents: "unitPrice",
  vatRatePercent: "vatRate",
};

/** What the user typed for an error's path, so a change to it can be told apart; undefined when the form has no such value. */
function typedAt(form: InvoiceForm, path: string): string | undefined {
  const [head = "", index, field] = path.split(".");
  if (head === "rows") {
    if (index === undefined) return JSON.stringify(form.rows.map(({ key: _key, ...row }) => row));
    const row = form.rows[Number(index)];
    const name = field === undefined ? undefined : ROW_FIELD[field];
    // The row's key too: removing a row above shifts the indexes, and the error was about the old row.
    return row ? `${row.key}\u0000${name ? row[name] : JSON.stringify(row)}` : "";
  }
  const value: unknown = (form as unknown as Record<string, unknown>)[head];
  return typeof value === "string" ? value : undefined;
}

/**
 * The errors found when the form held `checked`, less those on a value the user has changed since:
 * an error about what was typed goes once it is retyped, and comes back only if the next check or
 * the server still refuses it. An error on no value of the form (the root) stays until then.
 */
export function errorsStillTyped(
  errors: Record<string, string>,
  checked: InvoiceForm | undefined,
  now: InvoiceForm,
): Record<string, string> {
  if (!checked) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([path]) => typedAt(checked, path) === typedAt(now, path)));
}

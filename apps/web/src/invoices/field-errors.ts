import { refusalOf } from "../trpc";

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

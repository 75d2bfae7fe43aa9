// PostgreSQL's foreign_key_violation. An id the input named has no row (someone's typo, a stale
// link, a probe): that is "not found" at the field, not a 500.
const FOREIGN_KEY_VIOLATION = "23503";
const NOT_PRESENT = /^Key \(([^)]+)\)=\([\s\S]*\) is not present in table/;

/**
 * The input field behind a foreign-key violation on insert or update ("Key (service_id)=(…) is not
 * present in table …" → "serviceId"), looked for down the error's causes (drizzle wraps the driver's
 * error); null for any other error, and for a delete still referenced elsewhere, which is no input's fault.
 */
export function missingReferenceField(error: unknown): string | null {
  let at: unknown = error;
  for (let depth = 0; depth < 5 && at !== null && typeof at === "object"; depth += 1) {
    const { code, detail } = at as { code?: unknown; detail?: unknown };
    if (code === FOREIGN_KEY_VIOLATION && typeof detail === "string") {
      const columns =
        NOT_PRESENT.exec(detail)?.[1]
          ?.split(",")
          .map((c) => c.trim()) ?? [];
      // A composite key names the organization beside the id; the id is what the caller got wrong.
      const column = columns.find((c) => c !== "organization_id") ?? columns[0];
      return column ? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : null;
    }
    at = (at as { cause?: unknown }).cause;
  }
  return null;
}

/** How a result is printed: JSON for scripts, an aligned table for people. */
export type OutputFormat = "json" | "table";

/**
 * `--json` or `--table` wins; otherwise a table when stdout is a terminal and JSON when it is a pipe or
 * a file, so `pnpm -s reskontra invoices list --ref 1001% | jq` gets JSON without asking.
 */
export function chooseFormat(argv: string[], isTty: boolean): { format: OutputFormat; rest: string[] } {
  let format: OutputFormat = isTty ? "table" : "json";
  const rest: string[] = [];
  for (const arg of argv) {
    if (arg === "--json") format = "json";
    else if (arg === "--table") format = "table";
    else rest.push(arg);
  }
  return { format, rest };
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" ? value.toString() : "";
}

/** Nested objects become dotted keys ({ user: { email } } → user.email); arrays stay one JSON cell. */
function flatten(value: Record<string, unknown>, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner && typeof inner === "object" && !Array.isArray(inner) && !(inner instanceof Date))
      Object.assign(out, flatten(inner as Record<string, unknown>, name));
    else out[name] = inner;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function align(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ")).join("\n");
}

/** A list of objects: one row each under a header; one object: a key and value per line. */
export function formatTable(result: unknown): string {
  if (Array.isArray(result)) {
    if (result.length === 0) return "(none)";
    const rows: Record<string, unknown>[] = result.map((r: unknown) => (isRecord(r) ? flatten(r) : { value: r }));
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const body = rows.map((r) => columns.map((c) => cell(r[c])));
    return `${align([columns, columns.map((c) => "-".repeat(c.length)), ...body])}\n(${result.length} ${result.length === 1 ? "row" : "rows"})`;
  }
  if (isRecord(result)) return align(Object.entries(flatten(result)).map(([k, v]) => [k, cell(v)]));
  return cell(result);
}

export function formatResult(result: unknown, format: OutputFormat): string {
  return format === "json" ? JSON.stringify(result, null, 2) : formatTable(result);
}

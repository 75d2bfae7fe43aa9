import { z } from "zod";

// A procedure's input as the client must send it, read from its zod schemas through JSON Schema,
// and a plausible value for it: the fuzz varies that value one piece at a time.

export type Json = { [key: string]: unknown };
export type Path = (string | number)[];
export type Procedure = { _def: { type: string; inputs: z.ZodType[] } };

/** Every `.input()` of the procedure merged (tenant procedures add `organizationId` to the module's own). */
export function inputSchema(procedure: Procedure): Json | null {
  if (procedure._def.inputs.length === 0) return null;
  const properties: Json = {};
  const required = new Set<string>();
  for (const input of procedure._def.inputs) {
    const schema = z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as Json;
    if (procedure._def.inputs.length === 1 && schema.type !== "object" && !schema.properties) return schema;
    Object.assign(properties, schema.properties ?? {});
    for (const key of (schema.required as string[] | undefined) ?? []) required.add(key);
  }
  return { type: "object", properties, required: [...required] };
}

export const isUuid = (schema: Json) => schema.format === "uuid";

/** The first alternative that is not null: a nullable field is sampled as its value. */
export function nonNull(schema: Json): Json {
  const alternatives = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (alternatives) return nonNull(alternatives.find((s) => s.type !== "null") ?? schema);
  const all = schema.allOf as Json[] | undefined;
  return all?.length ? { ...schema, ...all.reduce((a, b) => ({ ...a, ...b }), {}), allOf: undefined } : schema;
}

// Values that satisfy the formats the procedures check by pattern (business id, IBAN, BIC, postal code…).
const PATTERN_CANDIDATES = [
  "2345678-0",
  "FI2112345600000785",
  "NDEAFIHH",
  "33100",
  "+358401234567",
  "2026-11",
  "2026-11-23",
  "2026-11-23T10:00:00.000Z",
  "FI",
  "fi",
  "1232",
  "12345",
  "AB12",
];

/** A plausible value for a schema; `ids` holds a real id for a field name where one is known. */
export function sample(schema: Json, name: string, ids: Record<string, string>): unknown {
  const s = nonNull(schema);
  if ("const" in s) return s.const;
  if (s.enum) return (s.enum as unknown[])[0];
  if (s.default !== undefined && s.type !== "object") return s.default;
  if (s.type === "object" || s.properties) {
    const out: Json = {};
    for (const [key, sub] of Object.entries((s.properties ?? {}) as Record<string, Json>)) out[key] = sample(sub, key, ids);
    return out;
  }
  if (s.type === "array") {
    const item = sample((s.items ?? {}) as Json, name, ids);
    return Array.from({ length: Math.max(1, Number(s.minItems ?? 1)) }, () => structuredClone(item));
  }
  if (s.type === "integer" || s.type === "number") {
    const min = Number(s.minimum ?? s.exclusiveMinimum ?? 1);
    return Math.min(Math.max(1, Number.isFinite(min) ? Math.ceil(min) : 1), Number(s.maximum ?? Infinity));
  }
  if (s.type === "boolean") return false;
  if (isUuid(s)) return ids[name] ?? "7b0c4a52-1f8e-4d4b-9a3e-0d6f7c2b9e11";
  if (s.format === "email" || /email/i.test(name)) return "testi@asiakas.example";
  if (s.format === "date-time" || /At$|time/i.test(name)) return "2026-11-23T10:00:00.000Z";
  if (s.format === "date" || /date|Day$/i.test(name)) return "2026-11-23";
  if (/month/i.test(name)) return "2026-11";
  if (typeof s.pattern === "string") {
    const pattern = new RegExp(s.pattern);
    const fit = PATTERN_CANDIDATES.find((c) => pattern.test(c));
    if (fit) return fit;
  }
  if (/phone/i.test(name)) return "+358401234567";
  if (/website|url/i.test(name)) return "https://example.fi";
  return "Laskun 1001021 tiedot".padEnd(Math.max(3, Number(s.minLength ?? 1)), ".").slice(0, Number(s.maxLength ?? 100));
}

export type Leaf = { path: Path; schema: Json };

/** The scalar fields of the input, arrays entered at their first item. */
export function leaves(schema: Json, path: Path = []): Leaf[] {
  const s = nonNull(schema);
  if (s.type === "object" || s.properties) {
    return Object.entries((s.properties ?? {}) as Record<string, Json>).flatMap(([key, sub]) => leaves(sub, [...path, key]));
  }
  if (s.type === "array") return [{ path, schema: s }, ...leaves((s.items ?? {}) as Json, [...path, 0])];
  return [{ path, schema: s }];
}

/** The input with the value at `path` replaced (or removed, for `undefined`). */
export function withValue(input: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(input) as Json;
  let at: Json = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key as string];
    if (next === null || typeof next !== "object") return copy;
    at = next as Json;
  }
  const last = path.at(-1) as string;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

/** The field's own name: the last property name on its path. */
export const nameOf = (path: Path) => String(path.findLast((p) => typeof p === "string") ?? "");

import { isUuid, nameOf, withValue, type Json, type Leaf, type Path } from "./input-shape";
import type { Prng } from "./prng";

/**
 * One bad input. `kind` says what the answer must be beyond "not a 5xx": `text` (NUL or a broken
 * character in a text field: refused naming the field) and `unknownId` (an id nobody has: found
 * nothing, or refused naming the field).
 */
export interface Variant {
  name: string;
  path: Path;
  input: unknown;
  kind: "text" | "unknownId" | "other";
}

export const HUGE_TEXT = "x".repeat(100_000);
const DATE_LIKE = /date|Day$|month|At$|time|from|to$|until|since/i;

type Bad = { name: string; value: unknown; kind?: Variant["kind"] };

function badValues(leaf: Leaf, prng: Prng, foreignIds: Record<string, string>): Bad[] {
  const s = leaf.schema;
  const name = nameOf(leaf.path);
  const wrongTypes: Bad[] = [
    { name: "missing", value: undefined },
    { name: "null", value: null },
    { name: "object instead", value: { $gt: "" } },
    { name: "boolean instead", value: true },
  ];
  if (s.type === "array") {
    const item = (s.items ?? {}) as Json;
    const filler = item.type === "string" ? "x" : item.type === "integer" || item.type === "number" ? 1 : {};
    return [
      { name: "empty array", value: [] },
      { name: "huge array", value: Array.from({ length: 5000 }, () => filler) },
      { name: "text instead of array", value: "rivi" },
      { name: "null", value: null },
    ];
  }
  if (isUuid(s)) {
    const out: Bad[] = [
      { name: "unknown id", value: prng.uuid(), kind: "unknownId" },
      { name: "not an id", value: "lasku-123" },
      { name: "NUL in id", value: `${prng.uuid()}\u0000` },
      { name: "number as id", value: 42 },
    ];
    const foreign = foreignIds[name];
    if (foreign) out.push({ name: "other organization's id", value: foreign });
    return [...out, ...wrongTypes];
  }
  if (s.type === "integer" || s.type === "number") {
    return [
      { name: "negative", value: -1 },
      { name: "huge", value: 1e20 },
      { name: "minus huge", value: -1e20 },
      { name: "NaN", value: Number.NaN },
      { name: "Infinity", value: Number.POSITIVE_INFINITY },
      { name: "fraction", value: 0.5 },
      { name: "unsafe integer", value: Number.MAX_SAFE_INTEGER + 2 },
      { name: "number as text", value: "12" },
      { name: "NaN as text", value: "NaN" },
      { name: "bigint", value: 10n ** 30n },
      ...wrongTypes,
    ];
  }
  if (s.type === "boolean")
    return [{ name: "text for boolean", value: "true" }, { name: "1 for boolean", value: 1 }, ...wrongTypes];
  if (s.type === "string" && !s.enum && !("const" in s)) {
    const out: Bad[] = [
      { name: "NUL", value: "Lasku\u0000 1001021", kind: "text" },
      { name: "lone surrogate", value: "Lasku \uD800 1001021", kind: "text" },
      { name: "lone low surrogate", value: "\uDC00", kind: "text" },
      { name: "100 kB", value: HUGE_TEXT },
      { name: "empty", value: "" },
      { name: "spaces", value: "   " },
      { name: "number for text", value: 42 },
      { name: "date object for text", value: new Date("2026-11-23T10:00:00Z") },
      { name: "array for text", value: ["a"] },
      { name: "proto text", value: "__proto__" },
    ];
    if (DATE_LIKE.test(name) || s.format === "date" || s.format === "date-time") {
      out.push(
        { name: "year 0", value: "0000-01-01" },
        { name: "year 9999", value: "9999-12-31" },
        { name: "30 February", value: "2026-02-30" },
        { name: "year 0 month", value: "0000-01" },
        { name: "month 13", value: "2026-13" },
        { name: "far instant", value: "9999-12-31T23:59:59.999Z" },
        { name: "NaN date", value: "NaN" },
      );
    }
    return [...out, ...wrongTypes];
  }
  if (s.enum) return [{ name: "unknown choice", value: "__proto__" }, { name: "NUL choice", value: "\u0000" }, ...wrongTypes];
  return wrongTypes;
}

const POLLUTION = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as Json;

/** Bad inputs for the whole request: wrong shapes, extra fields and prototype-pollution keys. */
function rootVariants(base: unknown): Variant[] {
  const object = base !== null && typeof base === "object" && !Array.isArray(base) ? (base as Json) : {};
  return [
    { name: "no input", path: [], input: undefined, kind: "other" },
    { name: "null input", path: [], input: null, kind: "other" },
    { name: "array input", path: [], input: [base], kind: "other" },
    { name: "text input", path: [], input: "Lasku\u0000", kind: "other" },
    {
      name: "extra fields",
      path: [],
      input: { ...object, isAdmin: true, organizationIdx: "x", role: "platform_admin" },
      kind: "other",
    },
    { name: "prototype pollution", path: [], input: Object.assign(structuredClone(object), POLLUTION), kind: "other" },
  ];
}

/**
 * The bad inputs for one procedure: every NUL, broken character and unknown id (what the standing
 * test promises about), and `others` more drawn by the seed from the rest.
 */
export function variantsFor(
  base: unknown,
  fields: Leaf[],
  prng: Prng,
  foreignIds: Record<string, string>,
  others: number,
): Variant[] {
  const required: Variant[] = [];
  const rest: Variant[] = rootVariants(base);
  for (const leaf of fields) {
    for (const bad of badValues(leaf, prng, foreignIds)) {
      const variant: Variant = {
        name: bad.name,
        path: leaf.path,
        input: withValue(base, leaf.path, bad.value),
        kind: bad.kind ?? "other",
      };
      if (variant.kind === "other" || variant.name === "lone low surrogate") rest.push(variant);
      else required.push(variant);
    }
  }
  return [...required, ...prng.shuffle(rest).slice(0, others)];
}

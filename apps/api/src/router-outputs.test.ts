import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "./router";

// At run time `_def.procedures` is flat ("vouchers.organizer.client" → procedure) and each
// procedure keeps its output parser on its definition; tRPC's public types show neither.
type ProcedureDef = { _def: { output?: unknown } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>);

/** Every property name anywhere in the JSON Schema of an output, however deeply nested. */
function propertyNames(schema: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    for (const item of schema) propertyNames(item, names);
  } else if (schema && typeof schema === "object") {
    const properties = (schema as { properties?: Record<string, unknown> }).properties;
    for (const name of Object.keys(properties ?? {})) names.add(name);
    for (const value of Object.values(schema)) propertyNames(value, names);
  }
  return names;
}

const outputNames = (parser: unknown) =>
  // Dates have no JSON Schema; they are not what this looks for.
  propertyNames(z.toJSONSchema(parser as z.ZodType, { io: "output", unrepresentable: "any" }));

describe("procedure outputs", () => {
  it("walks the whole router", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(82);
  });

  it("every procedure declares an output schema, so nothing undeclared reaches the wire", () => {
    const missing = procedures.filter(([, procedure]) => !(procedure._def.output instanceof z.ZodType)).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it("no output can carry a password hash, a token or session digest, or an encrypted identity code", () => {
    const secret = /hash|digest|cipher|password/i;
    const leaks = procedures.flatMap(([path, procedure]) =>
      [...outputNames(procedure._def.output)].filter((name) => secret.test(name)).map((name) => `${path}.${name}`),
    );
    expect(leaks).toEqual([]);
  });

  it("only the organizer's client card carries the whole identity code; every other output masks it", () => {
    const whole = procedures.filter(([, procedure]) => outputNames(procedure._def.output).has("hetu")).map(([path]) => path);
    expect(whole).toEqual(["vouchers.organizer.client"]);
  });
});

// The domain package stays pure (issue 3, STYLE.md §1): no I/O imports, no
// clock, no randomness, and no dependency beyond zod. Checked here as well as
// by lint so that it holds whatever the lint configuration is.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { domainErrorMessages } from "./index";

const root = fileURLToPath(new URL(".", import.meta.url));
const sources = (readdirSync(root, { recursive: true }) as string[])
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".bench.ts"))
  .map((f) => ({ file: f, text: readFileSync(join(root, f), "utf8") }));

describe("purity of src", () => {
  it("finds the sources", () => {
    expect(sources.length).toBeGreaterThan(20);
  });
  it.each([
    ["imports only relative paths or zod", /from\s+["'](?!\.{1,2}\/|zod["'])[^"']+["']/],
    ["no node: imports", /["']node:/],
    ["no Date.now()", /Date\.now\s*\(/],
    ["no argument-less new Date()", /new\s+Date\s*\(\s*\)/],
    ["no Math.random()", /Math\.random\s*\(/],
    ["no require()", /\brequire\s*\(/],
  ])("%s", (_name, pattern) => {
    const offenders = sources.filter((s) => pattern.test(s.text)).map((s) => s.file);
    expect(offenders).toEqual([]);
  });
});

describe("error vocabulary", () => {
  it("every code used in src has a Finnish and an English message", () => {
    const used = new Set(
      sources.flatMap((s) => [...s.text.matchAll(/["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']/g)].map((m) => m[1] ?? "")),
    );
    const missing = [...used].filter((code) => !domainErrorMessages[code]);
    expect(missing).toEqual([]);
    for (const [code, m] of Object.entries(domainErrorMessages)) {
      expect(m.fi.trim(), code).not.toBe("");
      expect(m.en.trim(), code).not.toBe("");
    }
  });
});

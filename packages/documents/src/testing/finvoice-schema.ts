import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

/**
 * Test-only (xmllint-wasm is a dev dependency). The official Finvoice 3.0 schema lives outside
 * the repository, in `shared/finvoice` beside the repository root; the root is found by walking
 * up to pnpm-workspace.yaml, so moving this file does not break the path.
 * Tests skip, with a warning, when it is absent; in CI (CI=true) they fail instead.
 */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

export const XSD_PATH = path.join(
  findRepoRoot(path.dirname(fileURLToPath(import.meta.url))),
  "..",
  "shared",
  "finvoice",
  "Finvoice3.0.xsd",
);

export const finvoiceXsd: string | null = existsSync(XSD_PATH) ? readFileSync(XSD_PATH, "utf8") : null;

/**
 * What a missing schema means: in CI (CI set to anything but "", "0" or "false") a skip would pass
 * without checking anything, so there the run fails; elsewhere the schema tests skip with a warning.
 */
export function missingSchemaPolicy(ci: string | undefined): "fail" | "skip" {
  return ["", "0", "false"].includes(ci ?? "") ? "skip" : "fail";
}

if (finvoiceXsd === null) {
  if (missingSchemaPolicy(process.env.CI) === "fail") {
    throw new Error(`Finvoice XSD not found at ${XSD_PATH}: CI must provide ../shared beside the repository`);
  }
  console.warn(`Finvoice XSD not found at ${XSD_PATH}: Finvoice schema validation tests are skipped.`);
}

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

export async function validateFinvoice(xml: string): Promise<SchemaResult> {
  if (finvoiceXsd === null) throw new Error(`Finvoice XSD missing at ${XSD_PATH}`);
  const result = await validateXML({
    xml: [{ fileName: "finvoice.xml", contents: xml }],
    schema: [{ fileName: "Finvoice3.0.xsd", contents: finvoiceXsd }],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}

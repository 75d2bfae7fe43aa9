#!/usr/bin/env node
// `pnpm reskontra …`: runs the CLI's built JavaScript (dist/main.js), so a call costs a Node start and
// one HTTP round trip, not a TypeScript compilation. When a source file, the bundler or the installed
// packages are newer than the build (a fresh clone, a pull, an edit), it builds first (esbuild, about
// a second) and says so on stderr, which keeps stdout clean for JSON.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const built = path.join(here, "dist", "main.js");

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, mtime(file));
  }
  return newest;
}

const builtAt = mtime(built);
const inputs = [
  newestSource(path.join(here, "src")),
  mtime(path.join(here, "package.json")),
  mtime(path.join(root, "tooling", "bundle-node.mjs")),
  mtime(path.join(root, "node_modules", ".modules.yaml")),
];
if (builtAt === 0 || inputs.some((t) => t > builtAt)) {
  const { bundleNodeApp } = await import(pathToFileURL(path.join(root, "tooling", "bundle-node.mjs")).href);
  const { ms } = await bundleNodeApp({ cwd: here, entries: ["src/main.ts"] });
  process.stderr.write(`(built the CLI in ${ms} ms)\n`);
}
await import(pathToFileURL(built).href);

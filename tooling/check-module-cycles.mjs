#!/usr/bin/env node
// Module folders (src/invoices, src/reminders, src/trpc, …) must not import each other in a circle,
// in any package: a cycle between folders is how "invoices" and "reminders" ended up delivering each
// other's documents. ESLint's import-x/no-cycle sees cycles between files; this sees them between
// folders, where two files can each be innocent. Test files are left out: fixtures may reach across.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import path from "node:path";

// The repository to check: the one this script lives in, or the folder given as the first argument.
const root = path.resolve(process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), ".."));
const roots = ["apps", "packages"].flatMap((dir) =>
  readdirSync(path.join(root, dir)).map((name) => path.join(root, dir, name, "src")),
);
roots.push(path.join(root, "system", "src"));

// Tests and what only tests use: fixtures, bench data, test-support/ and testing/ folders.
const isTest = (file) =>
  /\.(test|bench)\.tsx?$/.test(file) ||
  /fixture|bench-data/.test(path.basename(file)) ||
  /[/\\](test-support|testing)[/\\]/.test(file);

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !isTest(full) ? [full] : [];
  });
}

function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The module folder of a file: its first folder under src/, or null for files at src/ itself. */
const folderOf = (src, file) => {
  const parts = path.relative(src, file).split(path.sep);
  return parts.length > 1 ? parts[0] : null;
};

const IMPORT = /(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["'](\.{1,2}\/[^"']+)["']/g;
const problems = [];
for (const src of roots) {
  const edges = new Map(); // folder -> Map(folder -> example "a.ts → b.ts")
  for (const file of sourceFiles(src)) {
    const from = folderOf(src, file);
    if (!from) continue;
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (match[1]) continue; // type-only imports vanish at run time
      const target = resolve(file, match[2]);
      const to = target && folderOf(src, target);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${path.relative(root, file)} → ${path.relative(root, target)}`);
    }
  }
  // Depth-first search for a back edge; each cycle is reported once with one import per step.
  const state = new Map();
  const stack = [];
  const visit = (folder) => {
    state.set(folder, "open");
    stack.push(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      if (state.get(next) === "open") {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const steps = cycle.slice(0, -1).map((f, i) => `    ${edges.get(f).get(cycle[i + 1])}`);
        problems.push(`${path.relative(root, src)}: ${cycle.join(" → ")}\n${steps.join("\n")}`);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(folder, "done");
  };
  for (const folder of edges.keys()) if (!state.has(folder)) visit(folder);
}

if (problems.length) {
  process.stderr.write(`Import cycles between module folders:\n${problems.join("\n")}\n`);
  process.exit(1);
}
process.stdout.write(`No import cycle between module folders in ${roots.length} source trees.\n`);

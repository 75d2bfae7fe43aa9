#!/usr/bin/env node
// Builds a Node app of this repository (api, worker, cli, system) into plain JavaScript: its own
// TypeScript and the workspace packages' (@reskontra/*) in one ESM file per entry, so production
// starts without compiling TypeScript at run time (no tsx). Packages from node_modules stay outside
// the bundle, each imported by a path relative to the output file, resolved as Node resolves it
// from the importing source file: pnpm's strict layout (a workspace package's dependency is not
// visible from the app) and the patched postgres/pg-boss (patches/) keep working unchanged.
//
//   node tooling/bundle-node.mjs [--outdir dist] src/main.ts [more entries…]   (run in the app's folder)
//
// Also usable from code: `bundleNodeApp({ cwd, entries, outdir })`, which tests that spawn the
// apps use to build once before they start them.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const WORKSPACE = "@reskontra/";

/** A relative import specifier from `fromDir` to `file` ("./x.js", "../../y.js"). */
function relativeSpecifier(fromDir, file) {
  const relative = path.relative(fromDir, file).split(path.sep).join("/");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/**
 * @param {{ cwd: string; entries: string[]; outdir?: string }} options
 * @returns {Promise<{ outdir: string; ms: number }>}
 */
export async function bundleNodeApp({ cwd, entries, outdir = "dist" }) {
  const started = Date.now();
  const absoluteOutdir = path.resolve(cwd, outdir);
  /** @type {esbuild.Plugin} */
  const externals = {
    name: "node-modules-external",
    setup(build) {
      // Bare specifiers that are not workspace packages: resolved here, then left outside the bundle.
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.path.startsWith(WORKSPACE) || args.path.startsWith("node:")) return undefined;
        if (args.pluginData === "resolving") return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: "resolving",
        });
        if (resolved.errors.length > 0 || !resolved.path || !path.isAbsolute(resolved.path)) {
          // A Node built-in without "node:" (fs, path) or something esbuild cannot see: Node decides.
          return { path: args.path, external: true };
        }
        return { path: relativeSpecifier(absoluteOutdir, resolved.path), external: true };
      });
      // import.meta.url of a bundled source file means that file, not the bundle (migrations, web dist).
      build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes("import.meta.url")) return undefined;
        const original = relativeSpecifier(absoluteOutdir, args.path);
        return {
          contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(original)}, import.meta.url).href`),
          loader: "ts",
        };
      });
    },
  };
  // Built beside the output and swapped in whole: two builds at once (tests, a CLI call) never mix files.
  const building = `${absoluteOutdir}.building-${process.pid}-${Date.now()}`;
  mkdirSync(building, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: cwd,
    entryPoints: entries,
    outdir: building,
    bundle: true,
    splitting: entries.length > 1,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    conditions: ["node"],
    logLevel: "warning",
    // Bundled CommonJS (none expected, all of node_modules is external) would want require().
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    plugins: [externals],
    metafile: true,
  });
  // What went in, for ensureBuilt's freshness check: every bundled source file, relative to cwd.
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes("node_modules"));
  writeFileSync(path.join(building, "inputs.json"), `${JSON.stringify({ entries, inputs }, null, 1)}\n`);
  // Node reads dist/*.js as ESM whatever the nearest package.json says.
  writeFileSync(path.join(building, "package.json"), '{ "type": "module" }\n');
  rmSync(absoluteOutdir, { recursive: true, force: true });
  try {
    renameSync(building, absoluteOutdir);
  } catch (error) {
    // Another build finished first and took the place: its output is as good as ours.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(absoluteOutdir)) throw error;
  }
  return { outdir: absoluteOutdir, ms: Date.now() - started };
}

function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Builds unless the output in `outdir` is newer than every source file that went into it, the
 * bundler, and the installed packages (node_modules/.modules.yaml changes at each install). Tests
 * that start the apps as processes call this once: a rerun with nothing changed costs a few stat calls.
 *
 * @param {{ cwd: string; entries: string[]; outdir?: string }} options
 * @returns {Promise<{ outdir: string; built: boolean; ms: number }>}
 */
export async function ensureBuilt({ cwd, entries, outdir = "dist" }) {
  const absoluteOutdir = path.resolve(cwd, outdir);
  const record = path.join(absoluteOutdir, "inputs.json");
  if (existsSync(record)) {
    const builtAt = statSync(record).mtimeMs;
    const { entries: builtEntries, inputs } = JSON.parse(readFileSync(record, "utf8"));
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
    const watched = [
      ...inputs.map((file) => path.resolve(cwd, file)),
      fileURLToPath(import.meta.url),
      path.join(root, "node_modules", ".modules.yaml"),
    ];
    const sameEntries = JSON.stringify(builtEntries) === JSON.stringify(entries);
    if (sameEntries && watched.every((file) => mtimeOf(file) <= builtAt)) return { outdir: absoluteOutdir, built: false, ms: 0 };
  }
  return { ...(await bundleNodeApp({ cwd, entries, outdir })), built: true };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const args = process.argv.slice(2);
  let outdir = "dist";
  const entries = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--outdir") outdir = args[++i] ?? outdir;
    else entries.push(args[i]);
  }
  if (entries.length === 0) {
    process.stderr.write("usage: node tooling/bundle-node.mjs [--outdir dist] src/main.ts [more entries]\n");
    process.exit(2);
  }
  const { outdir: written, ms } = await bundleNodeApp({ cwd: process.cwd(), entries, outdir });
  process.stdout.write(`bundled ${entries.join(", ")} into ${path.relative(process.cwd(), written) || "."} in ${ms} ms\n`);
}

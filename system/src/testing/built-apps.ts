import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "../../../tooling/bundle-node.mjs";

/** The processes tests start, each as production starts it: its bundle in dist/ under plain node. */
const APPS = {
  api: { dir: fileURLToPath(new URL("../../../apps/api", import.meta.url)), entry: "src/main.ts" },
  worker: { dir: fileURLToPath(new URL("../../../apps/worker", import.meta.url)), entry: "src/main.ts" },
  system: { dir: fileURLToPath(new URL("../..", import.meta.url)), entry: "src/start-all.ts" },
} as const;

export type BuiltApp = keyof typeof APPS;

const builds = new Map<BuiltApp, Promise<string>>();

/**
 * The built JavaScript of an app, built first when a source file is newer than the bundle (or there
 * is none): once per test file and app, about a second of esbuild, instead of seconds of tsx at every
 * process start.
 */
export function builtEntry(app: BuiltApp): Promise<string> {
  let build = builds.get(app);
  if (!build) {
    const { dir, entry } = APPS[app];
    build = ensureBuilt({ cwd: dir, entries: [entry] }).then(({ outdir }) =>
      path.join(outdir, `${path.basename(entry, ".ts")}.js`),
    );
    builds.set(app, build);
  }
  return build;
}

/** The folder a built app runs in (its package folder, as `pnpm --filter … start` runs it). */
export function appDir(app: BuiltApp): string {
  return APPS[app].dir;
}

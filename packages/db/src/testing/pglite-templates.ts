import { readFile, rename, rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openPglite, wrapPglite } from "../client";
import { migrate } from "../migrate";
import { checkTemplateName, MIGRATED, type TestTemplate } from "./test-template";
import type { TestRun } from "./test-run";

export interface PgliteTemplate<T> {
  /** The data directory as `dumpDataDir` leaves it; each test file starts its own PGlite from it. */
  tarball: Blob;
  prepared: T;
}

const inThisProcess = new Map<string, Promise<PgliteTemplate<unknown>>>();

/** A prepared PGlite data directory, built once per run and kept in memory by each worker process. */
export function pgliteTemplate<T>(run: TestRun | undefined, template?: TestTemplate<T>): Promise<PgliteTemplate<T>> {
  const name = template ? checkTemplateName(template.name) : MIGRATED;
  const key = `${run?.id ?? "no-run"}/${name}`;
  let entry = inThisProcess.get(key);
  if (!entry) {
    const make = () => build(run, template);
    entry = run ? buildOnceInRun(run, name, make) : make();
    // A failed build is not remembered, so the next file tries again and reports its own error.
    entry.catch(() => inThisProcess.delete(key));
    inThisProcess.set(key, entry);
  }
  return entry as Promise<PgliteTemplate<T>>;
}

async function build<T>(run: TestRun | undefined, template?: TestTemplate<T>): Promise<PgliteTemplate<unknown>> {
  const pglite = template ? await openPglite({ loadDataDir: (await pgliteTemplate(run)).tarball }) : await openPglite();
  try {
    const database = { ...wrapPglite(pglite), url: "memory://" };
    let prepared: unknown = null;
    if (template) prepared = await template.prepare(database);
    else await migrate(database);
    // Through JSON as on PostgreSQL, so a value that cannot cross processes fails here too.
    return { tarball: await pglite.dumpDataDir("none"), prepared: JSON.parse(JSON.stringify(prepared)) as unknown };
  } finally {
    await pglite.close();
  }
}

/**
 * Worker processes of one run share a template through files: the first to create the lock file
 * builds, the others wait for the tarball (written last, by rename, so it is never seen half-done).
 * A lock whose process has died is taken over.
 */
async function buildOnceInRun(
  run: TestRun,
  name: string,
  make: () => Promise<PgliteTemplate<unknown>>,
): Promise<PgliteTemplate<unknown>> {
  await mkdir(run.dir, { recursive: true });
  const tarPath = path.join(run.dir, `${name}.tar`);
  const jsonPath = path.join(run.dir, `${name}.json`);
  const lockPath = path.join(run.dir, `${name}.lock`);
  for (;;) {
    const stored = await readStored(tarPath, jsonPath);
    if (stored) return stored;
    if (await takeLock(lockPath)) {
      try {
        const raced = await readStored(tarPath, jsonPath);
        if (raced) return raced;
        const built = await make();
        await writeFile(jsonPath, JSON.stringify(built.prepared));
        await writeFile(`${tarPath}.${process.pid}`, new Uint8Array(await built.tarball.arrayBuffer()));
        await rename(`${tarPath}.${process.pid}`, tarPath);
        return built;
      } finally {
        await rm(lockPath, { force: true });
      }
    }
    await sleep(100);
  }
}

async function readStored(tarPath: string, jsonPath: string): Promise<PgliteTemplate<unknown> | undefined> {
  try {
    const tarball = new Blob([await readFile(tarPath)]);
    return { tarball, prepared: JSON.parse(await readFile(jsonPath, "utf8")) as unknown };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function takeLock(lockPath: string): Promise<boolean> {
  try {
    await writeFile(lockPath, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const holder = Number(await readFile(lockPath, "utf8").catch(() => ""));
  if (holder > 0 && !isAlive(holder)) await rm(lockPath, { force: true });
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

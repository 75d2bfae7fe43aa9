import { rm } from "node:fs/promises";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { newTestRun, runStartOf, type TestRun } from "./test-run";

/**
 * vitest globalSetup for every project with database tests: one run (templates and their files)
 * shared by all projects of one `vitest` process, ended at teardown; in watch mode each rerun
 * starts a new run, so templates are rebuilt from the code as it is now.
 */

interface SharedRuns {
  current: TestRun;
  open: TestRun[];
  renewedFor?: unknown;
}

// Each project loads this file in its own module graph; the main process is what they share.
const holder = globalThis as typeof globalThis & { reskontraTestRuns?: SharedRuns };

/** Leftovers of a run killed before its teardown are swept by the next run after this long. */
const STALE_AFTER_SECONDS = 24 * 3600;

export default function setup(project: TestProject): () => Promise<void> {
  const shared = (holder.reskontraTestRuns ??= { current: newTestRun(), open: [] });
  // The first project starts the run; so does the first after a teardown ended it (the Node API can run twice).
  if (shared.open.length === 0) {
    shared.current = newTestRun();
    shared.open.push(shared.current);
  }
  project.provide("reskontraTestRun", shared.current);
  project.onTestsRerun(async (specs) => {
    if (shared.renewedFor !== specs) {
      shared.renewedFor = specs;
      await endRuns(shared);
      shared.current = newTestRun();
      shared.open.push(shared.current);
    }
    project.provide("reskontraTestRun", shared.current);
  });
  return () => endRuns(shared);
}

async function endRuns(shared: SharedRuns): Promise<void> {
  const ending = shared.open.splice(0);
  for (const run of ending) await rm(run.dir, { recursive: true, force: true });
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl || ending.length === 0) return;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const names = await admin<{ datname: string }[]>`select datname from pg_database where datname like 'rsk\\_%'`;
    const now = Date.now() / 1000;
    for (const { datname } of names) {
      const started = runStartOf(datname);
      const ours = ending.some((run) => datname.includes(`_${run.id}_`));
      if (ours || (started !== null && now - started > STALE_AFTER_SECONDS)) {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      }
    }
  } finally {
    await admin.end();
  }
}

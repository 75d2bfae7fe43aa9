import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

/**
 * One `vitest run`: its templates live in `dir` (PGlite) or in databases whose names carry `id`
 * (PostgreSQL), so every worker process of the run shares them and the run's teardown finds them.
 */
export interface TestRun {
  id: string;
  dir: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    reskontraTestRun: TestRun;
  }
}

/** The id starts with the run's start time, so a sweep can tell a killed run's leftovers by age. */
export function newTestRun(): TestRun {
  const id = `${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(3).toString("hex")}`;
  return { id, dir: path.join(os.tmpdir(), `reskontra-test-${id}`) };
}

/** Seconds since the epoch at which the run named in a database name started, or null for other names. */
export function runStartOf(databaseName: string): number | null {
  const match = /^rsk_(?:tpl|t)_([0-9a-z]+)_/.exec(databaseName);
  return match?.[1] ? parseInt(match[1], 36) : null;
}

/** The run this test file belongs to; undefined outside a run set up by global-setup.ts. */
export function currentTestRun(): TestRun | undefined {
  try {
    return inject("reskontraTestRun");
  } catch {
    return undefined;
  }
}

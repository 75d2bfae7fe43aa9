import { randomBytes } from "node:crypto";
import { createDb, type Database } from "../client";
import { migrate } from "../migrate";

export interface BenchDatabase extends Database {
  /** Drops the database (FORCE ends its connections, so a slow close cannot hold the runner), then closes. */
  drop(): Promise<void>;
}

/**
 * A migrated database of a benchmark's own on the server at `serverUrl`, named `<prefix>_<random>`.
 * A run killed before its teardown leaves its database behind: every database with the prefix is
 * dropped first, so a prefix must belong to one benchmark file.
 */
export async function createBenchDatabase(serverUrl: string, prefix: string, options: { max: number }): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = await createDb(serverUrl, { max: 1 });
  const { rows: stale } = await admin.executeSql(`SELECT datname FROM pg_database WHERE datname LIKE '${prefix}_%'`);
  for (const row of stale) await admin.executeSql(`DROP DATABASE IF EXISTS ${String(row.datname)} WITH (FORCE)`);
  await admin.executeSql(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await createDb(url.toString(), options);
  await migrate(database);
  return {
    ...database,
    async drop() {
      const dropper = await createDb(serverUrl, { max: 1 });
      await dropper.executeSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.close();
      await database.close().catch(() => undefined);
    },
  };
}

/**
 * A bench teardown for a fixture that `benchmarks` benches share: runs `dispose` once, after the last
 * of them has finished its measured run (warm-up teardowns are ignored).
 */
export function afterLastBenchmark(benchmarks: number, dispose: () => Promise<void>) {
  let finished = 0;
  return async (_task: unknown, mode: "warmup" | "run") => {
    if (mode !== "run") return;
    finished += 1;
    if (finished === benchmarks) await dispose();
  };
}

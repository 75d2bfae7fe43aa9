import { randomBytes } from "node:crypto";
import { createDb, type Database } from "../client";
import { migrate } from "../migrate";

export interface BenchDatabase extends Database {
  /** Drops the database (FORCE ends its connections, so a slow close cannot hold the runner), then closes. */
  drop(): Promise<void>;
}

/** A bench database left behind this long ago by a run that was killed is dropped by the next run. */
export const STALE_BENCH_DATABASE_MS = 6 * 60 * 60 * 1000;

/** `<prefix>_<created, base-36 seconds>_<random>`: the name says when it was made, so a later run can tell stale from running. */
export function benchDatabaseName(prefix: string, now: Date): string {
  return `${prefix}_${Math.floor(now.getTime() / 1000).toString(36)}_${randomBytes(4).toString("hex")}`;
}

/**
 * Which of `databases` a run of the bench with `prefix` may drop: only its prefix's, only those
 * created STALE_BENCH_DATABASE_MS or longer ago (or named before names carried the time), and only
 * those nobody is connected to — another checkout's bench running on the same server keeps its own.
 */
export function staleBenchDatabases(
  prefix: string,
  databases: readonly { name: string; connections: number }[],
  now: Date,
): string[] {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const timed = new RegExp(`^${escaped}_([0-9a-z]{6})_[0-9a-f]{8}$`);
  const untimed = new RegExp(`^${escaped}_[0-9a-f]{8}$`);
  return databases
    .filter((d) => {
      if (d.connections > 0) return false;
      const created = timed.exec(d.name)?.[1];
      // A time before 2020 is no time of ours: another bench's prefix that merely starts with this one.
      const createdMs = created === undefined ? NaN : parseInt(created, 36) * 1000;
      if (createdMs >= Date.UTC(2020, 0, 1)) return now.getTime() - createdMs >= STALE_BENCH_DATABASE_MS;
      return untimed.test(d.name);
    })
    .map((d) => d.name);
}

/**
 * A migrated database of a benchmark's own on the server at `serverUrl`, named by `benchDatabaseName`.
 * A run killed before its teardown leaves its database behind: the next run drops such leftovers of
 * its prefix (`staleBenchDatabases`), never a database someone is using, and without FORCE, so one
 * that gains a connection meanwhile stays too.
 */
export async function createBenchDatabase(serverUrl: string, prefix: string, options: { max: number }): Promise<BenchDatabase> {
  const name = benchDatabaseName(prefix, new Date());
  const admin = await createDb(serverUrl, { max: 1 });
  const { rows } = await admin.executeSql(
    `SELECT d.datname AS name, (SELECT count(*) FROM pg_stat_activity a WHERE a.datid = d.oid)::int AS connections
     FROM pg_database d WHERE starts_with(d.datname, $1)`,
    [`${prefix}_`],
  );
  const found = rows.map((r) => ({ name: String(r.name), connections: Number(r.connections) }));
  for (const stale of staleBenchDatabases(prefix, found, new Date())) {
    await admin.executeSql(`DROP DATABASE IF EXISTS ${stale}`).catch(() => undefined);
  }
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

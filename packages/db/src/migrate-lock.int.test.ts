import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Database } from "./client";
import { migrate, migrationsFolder } from "./migrate";
import { currentTestRun } from "./testing/test-run";
import { databaseUrl, fileDatabaseName } from "./testing/postgres-templates";

// Instances of a fleet start together and each runs migrate(): on a fresh database they must take
// turns, not apply the same migrations side by side. This needs a PostgreSQL server even in the
// PGlite run, since PGlite is one in-process database that two instances never share.
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const INSTANCES = 5;

async function reachable(url: string): Promise<string | null> {
  const probe = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await probe`select 1`;
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await probe.end({ timeout: 1 });
  }
}

const problem = await reachable(serverUrl);
if (problem) {
  if (process.env.CI === "true") throw new Error(`PostgreSQL at ${serverUrl} is needed in CI: ${problem}`);
  process.stdout.write(`migrate-lock: skipped, no PostgreSQL at ${serverUrl} (${problem})\n`);
}

describe.skipIf(problem !== null)("migrations on PostgreSQL, several instances at once", () => {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const run = currentTestRun();
  const suffix = randomBytes(6).toString("hex");
  const name = run ? fileDatabaseName(run, suffix) : `reskontra_t_${suffix}`;
  const instances: Database[] = [];

  beforeAll(async () => {
    await admin.unsafe(`CREATE DATABASE ${name}`);
    // Each its own client, as separate processes would have; two connections each, as the lock
    // transaction needs only one of them.
    for (let i = 0; i < INSTANCES; i++) instances.push(await createDb(databaseUrl(serverUrl, name), { max: 2 }));
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("all succeed on a fresh database, and every migration is applied exactly once", async () => {
    const outcomes = await Promise.allSettled(instances.map((instance) => migrate(instance)));
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);

    const files = readdirSync(migrationsFolder).filter((f) => f.endsWith(".sql"));
    const [first] = instances;
    if (!first) throw new Error("no instances");
    const applied = await first.executeSql("select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash");
    expect(applied.rows).toHaveLength(files.length);
    expect(applied.rows.every((r) => r.n === 1)).toBe(true);
    // The schema is there, not just the bookkeeping.
    const tables = await first.executeSql("select to_regclass('public.invoices')::text as t");
    expect(tables.rows[0]?.t).toBe("invoices");

    // A restart with nothing new to apply is a no-op for all of them, again at once.
    await Promise.all(instances.map((instance) => migrate(instance)));
    const again = await first.executeSql("select count(*)::int as n from drizzle.__drizzle_migrations");
    expect(again.rows[0]?.n).toBe(files.length);
  });
});

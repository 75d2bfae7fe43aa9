import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, openPglite, wrapPglite, type Database } from "../client";
import { migrate } from "../migrate";
import { pgliteTemplate } from "./pglite-templates";
import { databaseUrl, fileDatabaseName, postgresTemplate } from "./postgres-templates";
import { currentTestRun } from "./test-run";
import type { TestTemplate } from "./test-template";

export interface TestDatabase extends Database {
  /** Closes the connection and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
  url: string;
}

export interface PreparedTestDatabase<T> extends TestDatabase {
  /** What the template's `prepare` returned when it was built. */
  prepared: T;
}

/**
 * A fresh database for one test file: migrated and, given a template, prepared by it. Migrating and
 * preparing happen once per run; each file gets a copy (a PGlite started from the template's data
 * directory by default, or `CREATE DATABASE … TEMPLATE` on the server named by TEST_DATABASE_URL,
 * dropped by dispose()).
 */
export async function createTestDatabase(): Promise<TestDatabase>;
export async function createTestDatabase<T>(template: TestTemplate<T>): Promise<PreparedTestDatabase<T>>;
export async function createTestDatabase<T>(template?: TestTemplate<T>): Promise<PreparedTestDatabase<T | null>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const run = currentTestRun();
  if (!serverUrl) {
    const { tarball, prepared } = await pgliteTemplate(run, template);
    const database = wrapPglite(await openPglite({ loadDataDir: tarball }));
    return { ...database, url: "memory://", prepared, dispose: () => database.close() };
  }
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const suffix = randomBytes(6).toString("hex");
  const name = run ? fileDatabaseName(run, suffix) : `reskontra_t_${suffix}`;
  let prepared: T | null = null;
  if (run) {
    const source = await postgresTemplate(admin, serverUrl, run, template);
    prepared = source.prepared;
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${source.name}`);
  } else {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  }
  const url = databaseUrl(serverUrl, name);
  const database = await createDb(url, { max: 20 });
  // Outside a run set up by global-setup.ts there is no template to copy: build this one in place.
  if (!run) {
    await migrate(database);
    if (template) prepared = await template.prepare({ ...database, url });
  }
  return {
    ...database,
    url,
    prepared,
    async dispose() {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

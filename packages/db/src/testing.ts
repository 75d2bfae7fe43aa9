import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { createDb, wrapPglite, type Database } from "./client";
import { migrate } from "./migrate";

export interface TestDatabase extends Database {
  /** Closes the connection and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
  url: string;
}

let template: Promise<PGlite> | undefined;

/** One migrated PGlite per test worker; each test file gets its own clone of it. */
async function pgliteTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const database = await createDb("memory://");
    await migrate(database);
    if (!database.pglite) throw new Error("expected PGlite");
    return database.pglite;
  })();
  return template;
}

/**
 * A fresh, migrated database for one test file: a PGlite clone by default, or a new database on the
 * server named by TEST_DATABASE_URL, created here and dropped by dispose().
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const clone = (await (await pgliteTemplate()).clone()) as PGlite;
    const database = wrapPglite(clone);
    return { ...database, url: "memory://", dispose: () => database.close() };
  }
  const name = `reskontra_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await createDb(url.toString(), { max: 20 });
  await migrate(database);
  return {
    ...database,
    url: url.toString(),
    async dispose() {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

import { randomBytes } from "node:crypto";
import { createDb, type Database } from "@reskontra/db";

export const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test";

/**
 * Why the PostgreSQL server at `url` cannot be used, or null when it answers. A fleet needs a real
 * server even in the PGlite run: separate processes cannot share an embedded database.
 */
export async function postgresProblem(url: string): Promise<string | null> {
  const probe = await createDb(url, { max: 1 });
  try {
    await Promise.race([
      probe.executeSql("select 1"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("no answer in 5 s")), 5_000)),
    ]);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await probe.close();
  }
}

export interface FleetDatabase {
  /** The fresh, empty database: no migrations, no data; the fleet's instances set it up. */
  url: string;
  /** A small client on it, for the test's own checks. */
  database: Database;
  drop(): Promise<void>;
}

/** A new empty database on the server, dropped (with any connections left on it) by drop(). */
export async function createFleetDatabase(serverUrl: string): Promise<FleetDatabase> {
  const admin = await createDb(serverUrl, { max: 1 });
  const name = `reskontra_fleet_${randomBytes(5).toString("hex")}`;
  await admin.executeSql(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await createDb(url.toString(), { max: 2 });
  return {
    url: url.toString(),
    database,
    async drop() {
      await database.close();
      await admin.executeSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

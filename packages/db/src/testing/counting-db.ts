import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { createDb, type Database, type Db } from "../client";
import * as schema from "../schema/index";

export interface CountingDb {
  db: Db;
  /** Statements sent so far, a transaction's own included: each is one round trip. Only those whose text matches `matching`, when given. */
  statements: (matching?: RegExp) => number;
  close: () => Promise<void>;
}

/**
 * The same database through a drizzle that counts every statement it sends, for tests that hold a
 * use case to a number of round trips (a round trip per row must not creep back in).
 */
export async function countingDb(database: Database & { url: string }): Promise<CountingDb> {
  const sent: string[] = [];
  const logger = { logQuery: (query: string) => void sent.push(query) };
  const statements = (matching?: RegExp) => (matching ? sent.filter((query) => matching.test(query)).length : sent.length);
  if (database.pglite) {
    // The embedded database is one connection: share it rather than open a second.
    const db = drizzlePglite({ client: database.pglite, schema, logger }) as unknown as Db;
    return { db, statements, close: async () => {} };
  }
  const counted = await createDb(database.url, { max: 4, logger });
  return { db: counted.db, statements, close: () => counted.close() };
}

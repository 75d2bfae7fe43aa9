import type { Database } from "@reskontra/db";
import PgBoss from "pg-boss";

/** pg-boss's tables live in this schema of the application database; the outbox sweep reads them. */
export const BOSS_SCHEMA = "pgboss";

/**
 * pg-boss on the application's own database: its own pool on PostgreSQL, or the embedded
 * PGlite through executeSql (PGlite is one in-process connection, so it cannot be opened twice).
 */
export function createBoss(database: Database, url: string): PgBoss {
  const common = { schema: BOSS_SCHEMA } as const;
  if (database.kind === "postgres") {
    return new PgBoss({ ...common, connectionString: url, max: 4 });
  }
  return new PgBoss({ ...common, db: { executeSql: (text, values) => database.executeSql(text, values) } });
}

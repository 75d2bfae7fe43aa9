import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { PgDialect, type PgSession } from "drizzle-orm/pg-core";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database, Tx } from "./client";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * Keys of the PostgreSQL advisory locks that instances starting together queue on. Fixed numbers,
 * the same in every process and every version, so an old and a new instance exclude each other too.
 */
export const STARTUP_LOCKS = {
  migrate: 7_301_846_251_001,
  demoSeed: 7_301_846_251_002,
  /** pg-boss's start and createQueue: two instances creating the same queue's partition at once deadlock. */
  jobQueues: 7_301_846_251_003,
} as const;

/**
 * Applies the committed SQL migrations; the same files on PostgreSQL and PGlite. On PostgreSQL the
 * whole run — drizzle's bookkeeping table included — is one transaction that first takes an advisory
 * lock, so instances started together migrate one after another and the later ones find nothing to
 * do. (drizzle's own migrator reads what is applied before its transaction, so two at once would both
 * apply everything and one would fail.) PGlite is one in-process database and needs no lock.
 */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  const migrations = readMigrationFiles({ migrationsFolder });
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(STARTUP_LOCKS.migrate))})`);
    await new PgDialect().migrate(migrations, sessionInside(tx), { migrationsFolder });
  });
}

/** drizzle's migrator wants a session; this one runs its statements and its transaction inside `tx`. */
function sessionInside(tx: Tx): PgSession {
  const session = {
    execute: (query: Parameters<Tx["execute"]>[0]) => tx.execute(query),
    // postgres.js answers with an array of row objects, which is what the migrator reads.
    all: (query: Parameters<Tx["execute"]>[0]) => tx.execute(query),
    transaction: <T>(work: (inner: Tx) => Promise<T>) => work(tx),
  };
  return session as unknown as PgSession;
}

/**
 * Runs `work` while holding a transaction-level advisory lock on PostgreSQL (nothing on PGlite), for
 * start-up steps that several instances must not do at once, such as seeding. The lock's transaction
 * sits on one pooled connection and `work` uses others: the pool needs room for more than one.
 */
export async function underStartupLock<T>(database: Database, key: number, work: () => Promise<T>): Promise<T> {
  if (database.kind === "pglite") return work();
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(key))})`);
    return work();
  });
}

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations, Logger } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index";

export type Schema = typeof schema;
type Relations = ExtractTablesWithRelations<Schema>;

/** The part of drizzle both drivers share: use cases are written against this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, Relations>;
/** A use case takes either, so a caller can compose it into a larger transaction. */
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: "postgres" | "pglite";
  /** Raw SQL with $1 parameters; used by pg-boss on PGlite and by set-based queries. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** The PGlite instance, when embedded (pg-boss and test cloning need it). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * `postgres://…` → drizzle over postgres.js; a directory path or `memory://` → drizzle over PGlite.
 */
export async function createDb(
  url: string,
  /** `logger` sees every statement drizzle sends (tests count round trips with it). */
  options: { max?: number; logger?: Logger } = {},
): Promise<Database> {
  if (isPostgresUrl(url)) {
    // A database that cannot be reached within 10 s answers as unreachable (503, readiness false)
    // instead of holding requests for postgres.js's default 30 s.
    const client = postgres(url, { max: options.max ?? 10, connect_timeout: 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema, logger: options.logger }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      async executeSql(text, values = []) {
        const rows = await client.unsafe(text, values as never[]);
        return { rows: [...rows] as Record<string, unknown>[] };
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = url === "memory://" ? undefined : url.replace(/^file:\/\//, "");
  // PGlite makes only the last folder of its path: a path under a folder not yet there (a DATA_DIR
  // elsewhere and the default ./data/pglite) would fail at start.
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
  return wrapPglite(await openPglite({ dataDir }));
}

/** PGlite with the extensions the migrations create; `loadDataDir` starts it from a dumped data directory. */
export function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { pg_trgm, btree_gin } });
}

export function wrapPglite(pglite: PGlite): Database {
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    async executeSql(text, values = []) {
      // The extended protocol refuses several statements in one call; pg-boss sends such batches
      // without parameters, so those go through the simple protocol.
      if (values.length === 0) {
        const results = await pglite.exec(text);
        const last = results[results.length - 1];
        return { rows: last?.rows ?? [] };
      }
      const result = await pglite.query<Record<string, unknown>>(text, values);
      return { rows: result.rows };
    },
    close: () => pglite.close(),
  };
}

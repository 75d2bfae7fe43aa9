import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./client";

/**
 * `db.execute` answers with an array on postgres.js and with `{ rows }` on PGlite;
 * this gives the rows either way.
 */
export async function queryRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] }).rows ?? [];
}

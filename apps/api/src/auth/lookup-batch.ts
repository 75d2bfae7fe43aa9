import { turnBatcher } from "@reskontra/db";

/** At most this many credentials in one query; a fuller batch is sent at once and the next one starts. */
export const MAX_LOOKUPS_PER_QUERY = 100;

/**
 * Credential lookups asked for in one turn of the event loop, answered by one query (turnBatcher):
 * a key asked for twice is sent once and both get its row. Nothing is cached: every answer comes
 * from a query sent after it was asked for. A failed query fails every lookup in it, each request
 * answering as it would alone.
 */
export function lookupBatcher<Row>(
  load: (keys: string[]) => Promise<readonly Row[]>,
  keyOf: (row: Row) => string,
  maxKeys = MAX_LOOKUPS_PER_QUERY,
): (key: string) => Promise<Row | undefined> {
  return turnBatcher<string, Row | undefined>(async (keys) => {
    const rows = await load([...new Set(keys)]);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key));
  }, maxKeys);
}

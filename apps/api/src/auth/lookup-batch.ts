/** At most this many credentials in one query; a fuller batch is sent at once and the next one starts. */
export const MAX_LOOKUPS_PER_QUERY = 100;

interface Waiter<Row> {
  resolve: (row: Row | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Credential lookups asked for while the event loop reads what has arrived are answered by one
 * query, sent once that reading is done (setImmediate): under load, the requests a turn brings in
 * cost the database one statement instead of one each, and a lone request waits for nothing but
 * the rest of the turn. Nothing is cached: every answer comes from a query sent after it was asked
 * for. A failed query fails every lookup in it, each request answering as it would alone.
 */
export function lookupBatcher<Row>(
  load: (keys: string[]) => Promise<readonly Row[]>,
  keyOf: (row: Row) => string,
  maxKeys = MAX_LOOKUPS_PER_QUERY,
): (key: string) => Promise<Row | undefined> {
  let open: Map<string, Waiter<Row>[]> | null = null;

  function send(batch: Map<string, Waiter<Row>[]>) {
    if (open === batch) open = null;
    load([...batch.keys()]).then(
      (rows) => {
        const byKey = new Map(rows.map((row) => [keyOf(row), row]));
        for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(byKey.get(key));
      },
      (error: unknown) => {
        for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
      },
    );
  }

  return (key) =>
    new Promise<Row | undefined>((resolve, reject) => {
      let batch = open;
      if (!batch) {
        const fresh = new Map<string, Waiter<Row>[]>();
        open = batch = fresh;
        setImmediate(() => {
          if (open === fresh) send(fresh);
        });
      }
      const waiters = batch.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else batch.set(key, [{ resolve, reject }]);
      if (batch.size >= maxKeys) send(batch);
    });
}

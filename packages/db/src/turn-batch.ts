/**
 * Requests made while the event loop reads what has arrived are sent together once that reading is
 * done (setImmediate): under load, the requests a turn brings in cost the database one statement
 * instead of one each, and a lone request waits for nothing but the rest of its turn. `send` gets
 * the batch in the order asked and answers each request at its own position; a batch of
 * `maxRequests` is sent at once and the next one starts. A failed send fails every request in it.
 */
export function turnBatcher<Request, Answer>(
  send: (requests: Request[]) => Promise<readonly Answer[]>,
  maxRequests = Number.POSITIVE_INFINITY,
): (request: Request) => Promise<Answer> {
  type Waiter = { request: Request; resolve: (answer: Answer) => void; reject: (error: unknown) => void };
  let open: Waiter[] | null = null;

  function flush(batch: Waiter[]) {
    if (open === batch) open = null;
    send(batch.map((w) => w.request)).then(
      (answers) => batch.forEach((w, i) => w.resolve(answers[i] as Answer)),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  }

  return (request) =>
    new Promise<Answer>((resolve, reject) => {
      let batch = open;
      if (!batch) {
        const fresh: Waiter[] = [];
        open = batch = fresh;
        setImmediate(() => {
          if (open === fresh) flush(fresh);
        });
      }
      batch.push({ request, resolve, reject });
      if (batch.length >= maxRequests) flush(batch);
    });
}

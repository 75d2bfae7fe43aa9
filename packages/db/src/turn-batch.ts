type Waiter<Request, Answer> = { request: Request; resolve: (answer: Answer) => void; reject: (error: unknown) => void };

/** Sends a batch and answers each waiter at its own position, or fails them all with the send's error. */
function sendBatch<Request, Answer>(
  send: (requests: Request[]) => Promise<readonly Answer[]>,
  batch: Waiter<Request, Answer>[],
): Promise<void> {
  return Promise.resolve()
    .then(() => send(batch.map((w) => w.request)))
    .then(
      (answers) => batch.forEach((w, i) => w.resolve(answers[i] as Answer)),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
}

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
  let open: Waiter<Request, Answer>[] | null = null;

  function flush(batch: Waiter<Request, Answer>[]) {
    if (open === batch) open = null;
    void sendBatch(send, batch);
  }

  return (request) =>
    new Promise<Answer>((resolve, reject) => {
      let batch = open;
      if (!batch) {
        const fresh: Waiter<Request, Answer>[] = [];
        open = batch = fresh;
        setImmediate(() => {
          if (open === fresh) flush(fresh);
        });
      }
      batch.push({ request, resolve, reject });
      if (batch.length >= maxRequests) flush(batch);
    });
}

/**
 * Requests that would queue behind each other in the database anyway (locks they share, such as a
 * user's running number) go in at most `inFlight` batches at a time: the first requests are sent
 * with the rest of their turn, and whatever arrives while the batches are out waits and goes as one
 * batch the moment one of them is answered — one statement and one commit for all of them, instead
 * of one each in the lock's queue. `send` answers each request at its own position; a failed send
 * fails its own batch only.
 */
export function pipelineBatcher<Request, Answer>(
  send: (requests: Request[]) => Promise<readonly Answer[]>,
  options: { maxRequests: number; inFlight: number },
): (request: Request) => Promise<Answer> {
  const waiting: Waiter<Request, Answer>[] = [];
  let out = 0;
  let scheduled = false;

  function pump() {
    while (out < options.inFlight && waiting.length > 0) {
      const batch = waiting.splice(0, options.maxRequests);
      out += 1;
      void sendBatch(send, batch).finally(() => {
        out -= 1;
        pump();
      });
    }
  }

  return (request) =>
    new Promise<Answer>((resolve, reject) => {
      waiting.push({ request, resolve, reject });
      // With a batch free to go, wait for the rest of the turn, so the turn's requests go together.
      if (out < options.inFlight && !scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          pump();
        });
      }
    });
}

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

/**
 * Requests that would queue behind each other in the database anyway (a lock they all take, such as
 * one user's running number) go one batch at a time per lane: the first request of an idle lane is
 * sent with the rest of its turn, and whatever arrives while a batch is out waits in its lane and goes
 * as the next batch the moment the first is answered — one statement and one commit for all of them,
 * instead of one each in the lock's queue. Lanes are independent; an emptied lane is forgotten.
 * `send` answers each request at its own position; a failed send fails its own batch only.
 */
export function laneBatcher<Request, Answer>(
  laneOf: (request: Request) => string,
  send: (lane: string, requests: Request[]) => Promise<readonly Answer[]>,
  maxRequests = Number.POSITIVE_INFINITY,
): (request: Request) => Promise<Answer> {
  type Waiter = { request: Request; resolve: (answer: Answer) => void; reject: (error: unknown) => void };
  type Lane = { waiting: Waiter[]; busy: boolean };
  const lanes = new Map<string, Lane>();

  function pump(key: string, lane: Lane) {
    if (lane.busy) return;
    if (lane.waiting.length === 0) {
      lanes.delete(key);
      return;
    }
    const batch = lane.waiting.splice(0, maxRequests);
    lane.busy = true;
    Promise.resolve()
      .then(() =>
        send(
          key,
          batch.map((w) => w.request),
        ),
      )
      .then(
        (answers) => batch.forEach((w, i) => w.resolve(answers[i] as Answer)),
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        lane.busy = false;
        pump(key, lane);
      });
  }

  return (request) =>
    new Promise<Answer>((resolve, reject) => {
      const key = laneOf(request);
      let lane = lanes.get(key);
      if (!lane) {
        const fresh: Lane = { waiting: [], busy: false };
        lanes.set(key, (lane = fresh));
        // A new lane waits for the rest of its turn, so the turn's requests go together.
        setImmediate(() => pump(key, fresh));
      }
      lane.waiting.push({ request, resolve, reject });
    });
}

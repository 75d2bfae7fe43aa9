/**
 * Errors that mean "the database connection went away", not "the query was wrong": a restart, a
 * failover, an idle reaper or pg_terminate_backend. The work they interrupted was rolled back by the
 * server and may simply be tried again, so the api answers 503 with Retry-After and jobs retry.
 */

/** postgres.js's own codes and the socket errors it passes through. */
const DRIVER_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/**
 * SQLSTATE: 57P01 admin_shutdown (pg_terminate_backend, a fast shutdown), 57P02 crash_shutdown,
 * 57P03 cannot_connect_now (starting up or in recovery), class 08 connection exceptions.
 */
const SQLSTATES = new Set(["57P01", "57P02", "57P03"]);

/** node-postgres (under pg-boss) reports a dropped socket by message only. */
const PG_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "Client has encountered a connection error and is not queryable",
];

function codeOf(error: object): string | null {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** True when `error`, or anything in its `cause` chain (drizzle and tRPC wrap the driver's error), is a lost connection. */
export function isConnectionLost(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    const code = codeOf(current);
    if (code && (DRIVER_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && PG_MESSAGES.some((m) => message.includes(m))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

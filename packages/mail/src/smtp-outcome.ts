/**
 * Whether a failed SMTP send provably delivered nothing, so it may be tried again.
 *
 * Safe to retry: the server answered with an error code (it refused the envelope or the
 * message), or no connection was ever made. Everything else (a timeout or a dropped
 * socket, possibly after the message was handed over) is an unknown outcome.
 */
const NEVER_CONNECTED = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const REFUSED_BEFORE_DATA = new Set(["EENVELOPE", "EAUTH", "ENOAUTH", "EDNS", "ETLS"]);

export function isDefinitelyUndelivered(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; responseCode?: unknown; errno?: unknown; message?: unknown };
  if (typeof e.responseCode === "number" && e.responseCode >= 400) return true;
  if (typeof e.code === "string" && (REFUSED_BEFORE_DATA.has(e.code) || NEVER_CONNECTED.has(e.code))) return true;
  if (typeof e.errno === "string" && NEVER_CONNECTED.has(e.errno)) return true;
  // nodemailer wraps socket errors as ESOCKET; the cause survives only in the message.
  return typeof e.message === "string" && /\b(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH)\b/.test(e.message);
}

import superjson from "superjson";
import { DEMO_PASSWORD } from "../seed/demo-people";

// The fuzz talks to the api as the web's client does: superjson envelopes, queries as GET with
// ?input=, mutations as POST, several calls in one batch.

export type Locale = "fi" | "en";
export interface ErrorBody {
  message: string;
  data?: { httpStatus?: number; appCode?: string; field?: string | null; fieldErrors?: Record<string, string[]> };
}
export interface CallOutcome {
  status: number;
  error?: ErrorBody;
}
export interface BatchRequest {
  type: "query" | "mutation";
  paths: string[];
  inputs: unknown[];
  /** The session cookie, or null for an anonymous caller. */
  cookie: string | null;
  locale: Locale | null;
}

/**
 * Signs in by the real login procedure and gives the session cookie to send. The one place the
 * fuzz signs in: a second factor, when a role needs one, is answered here.
 */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { email, password: DEMO_PASSWORD } }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const session = response.headers.getSetCookie().find((c) => c.startsWith("rsk_session="));
  if (!session) throw new Error(`sign-in of ${email} set no session cookie`);
  return session.split(";", 1)[0] as string;
}

const envelope = (input: unknown) => superjson.serialize(input);

/** The request's URL and body, as long as it will be on the wire (for batching by size). */
export function encode(baseUrl: string, request: BatchRequest): { url: string; body: string | null } {
  const batch = Object.fromEntries(request.inputs.map((input, i) => [String(i), envelope(input)]));
  const path = `${baseUrl}/trpc/${request.paths.join(",")}?batch=1`;
  if (request.type === "query") return { url: `${path}&input=${encodeURIComponent(JSON.stringify(batch))}`, body: null };
  return { url: path, body: JSON.stringify(batch) };
}

/** Sends one batch; each call's own status (a batch answers per call), or the response's when it is not tRPC's. */
export async function sendBatch(baseUrl: string, request: BatchRequest): Promise<{ status: number; calls: CallOutcome[] }> {
  const { url, body } = encode(baseUrl, request);
  const cookies = [request.cookie, request.locale ? `rsk_locale=${request.locale}` : null].filter(Boolean).join("; ");
  const response = await fetch(url, {
    method: request.type === "query" ? "GET" : "POST",
    headers: { ...(cookies ? { cookie: cookies } : {}), ...(body === null ? {} : { "content-type": "application/json" }) },
    body,
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not tRPC's answer (node's 431 for a URL too long, say): every call gets the response's status.
  }
  if (!Array.isArray(parsed) || parsed.length !== request.paths.length) {
    const error = (parsed as { error?: { json?: ErrorBody } & ErrorBody } | null)?.error;
    const whole = error ? { message: error.json?.message ?? error.message, data: error.json?.data ?? error.data } : undefined;
    return { status: response.status, calls: request.paths.map(() => ({ status: response.status, error: whole })) };
  }
  const calls = (parsed as { error?: { json: ErrorBody } }[]).map((item) =>
    item.error ? { status: item.error.json.data?.httpStatus ?? response.status, error: item.error.json } : { status: 200 },
  );
  return { status: response.status, calls };
}

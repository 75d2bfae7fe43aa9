import superjson from "superjson";
import { DEMO_PASSWORD } from "../seed/demo-people";
import { demoTotpCode } from "../seed/demo-totp";

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
 * fuzz signs in: the roles with a second factor answer it with the demo secret's code at `at`
 * (the server's clock), as a person does with their authenticator app.
 */
export async function signIn(baseUrl: string, email: string, at: Date): Promise<string> {
  const post = (path: string, json: unknown, cookie?: string) =>
    fetch(`${baseUrl}/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ json }),
    });
  const cookieOf = (response: Response, name: string) =>
    response.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${name}=`))
      ?.split(";", 1)[0];
  let response = await post("auth.login", { email, password: DEMO_PASSWORD });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const challenge = cookieOf(response, "rsk_2fa");
  if (challenge) response = await post("auth.verifySecondFactor", { code: demoTotpCode(at) }, challenge);
  const session = cookieOf(response, "rsk_session");
  if (!session) throw new Error(`sign-in of ${email} set no session cookie: ${response.status} ${await response.text()}`);
  return session;
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
    // tRPC's own refusal of the whole request, or the request guard's ({ error: { code, message, field } }).
    const error = (parsed as { error?: { json?: ErrorBody; code?: string; field?: string | null } & ErrorBody } | null)?.error;
    const whole = error
      ? {
          message: error.json?.message ?? error.message,
          data: error.json?.data ?? error.data ?? { appCode: error.code, field: error.field ?? null },
        }
      : undefined;
    return { status: response.status, calls: request.paths.map(() => ({ status: response.status, error: whole })) };
  }
  const calls = (parsed as { error?: { json: ErrorBody } }[]).map((item) =>
    item.error ? { status: item.error.json.data?.httpStatus ?? response.status, error: item.error.json } : { status: 200 },
  );
  return { status: response.status, calls };
}
